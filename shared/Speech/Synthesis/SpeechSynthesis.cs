using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using MockInterview.Speech.Audio;
using MockInterview.Storage.Files;

namespace MockInterview.Speech.Synthesis;

/// <summary>Speaks text with the engine its voice preset resolves to, stores WAV and compressed audio under keys
/// derived from the text and voice (the question-audio cache), and speaks each text once: a stored key is a hit in
/// every process, and concurrent requests for the same text in one process share one engine run.</summary>
/// <remarks>A synthesis is done when its WAV is stored: the compressed copy is encoded afterwards
/// (<see cref="SpeechCompression"/>) and joins the entry when ready, so a new text's result carries
/// <see cref="SynthesizedSpeech.CompressedKey"/> null and <see cref="SynthesizedSpeech.PendingCompressedKey"/> set; a
/// hit on an entry without its copy (encoding failed, skipped or cut off by a stop) schedules it again. A caller that
/// asks for the copy first (a client that takes only the compressed type) has it encoded before the result comes back,
/// on a hit without it too.
/// A shared run is not cancelled when one of its callers gives up (another may still wait for it); the
/// engines' own timeouts bound it. Across processes two workers may both speak a new text: the second save finds the
/// key taken, and that is a hit.</remarks>
internal sealed class SpeechSynthesis(
    IEnumerable<ISpeechSynthesizer> synthesizers,
    VoiceCatalog catalog,
    IAudioEncoder encoder,
    IFileStore files,
    SpeechCompression compression,
    SynthesisCounters counters,
    IOptions<SynthesisOptions> options) : IStreamingSpeechSynthesis
{
    private readonly ConcurrentDictionary<string, Lazy<Task<SynthesizedSpeech>>> running = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Voices => catalog.Presets.Select(p => p.Name).ToList();

    /// <summary>The service's counters (engine runs, cache hits).</summary>
    public SynthesisCounters Counters => counters;

    public Task<SynthesizedSpeech> SynthesizeAsync(string text, string? voice, CancellationToken cancellationToken) =>
        SynthesizeAsync(text, voice, compressedFirst: false, cancellationToken);

    public async Task<SynthesizedSpeech> SynthesizeAsync(string text, string? voice, bool compressedFirst, CancellationToken cancellationToken)
    {
        var request = Prepare(text, voice);
        if (await FindAsync(request, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            if (stored.CompressedKey is not null)
            {
                return stored;
            }

            return compressedFirst
                ? await WithCopyAsync(request, stored, token => StoredSpeech.ReadAsync(files, request.WavKey, token), cancellationToken).ConfigureAwait(false)
                : Compress(request) ? stored with { PendingCompressedKey = request.CompressedKey } : stored;
        }

        // A run shared with a caller that did not ask for the copy first comes back without it: it is made here then.
        var shared = running.GetOrAdd(request.WavKey, _ => new Lazy<Task<SynthesizedSpeech>>(() => ProduceAsync(request, compressedFirst)));
        var spoken = await shared.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return compressedFirst && spoken.CompressedKey is null
            ? await WithCopyAsync(request, spoken, token => StoredSpeech.ReadAsync(files, request.WavKey, token), cancellationToken).ConfigureAwait(false)
            : spoken;
    }

    public Task<SynthesizedSpeech?> FindCachedAsync(string text, string? voice, CancellationToken cancellationToken) =>
        FindAsync(Prepare(text, voice), cancellationToken);

    public async IAsyncEnumerable<PcmAudio> StreamAsync(string text, string? voice, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = Prepare(text, voice);
        if (await StoredSpeech.ReadAsync(files, request.WavKey, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            counters.CacheHit(request.Voice.Engine);
            yield return stored;
            yield break;
        }

        var chunks = new List<PcmAudio>();
        counters.EngineRan(request.Voice.Engine);
        await foreach (var chunk in Synthesizer(request.Voice.Engine).SynthesizeAsync(request.Text, request.Voice.Preset, cancellationToken).ConfigureAwait(false))
        {
            chunks.Add(chunk);
            yield return chunk;
        }

        await StoreAsync(request, Pcm.Join(chunks), compressedFirst: false, cancellationToken).ConfigureAwait(false);
    }

    private SynthesisRequest Prepare(string? text, string? voice)
    {
        var settings = options.Value;
        var prepared = SynthesisText.Prepare(text, settings.MaxTextChars);
        var resolved = catalog.Resolve(voice);
        var identity = resolved.Identity(SynthesisCacheKeys.EngineIdentity(resolved, settings));
        var mediaType = encoder.CompressedMediaType;
        return new SynthesisRequest(
            prepared,
            resolved,
            SynthesisCacheKeys.For(settings.CacheVersion, identity, prepared, "wav"),
            mediaType is null ? null : SynthesisCacheKeys.For(settings.CacheVersion, identity, prepared, mediaType),
            mediaType);
    }

    // The WAV is saved first and the compressed copy joins it later: a stored WAV is a hit, with or without the copy.
    private async Task<SynthesizedSpeech?> FindAsync(SynthesisRequest request, CancellationToken cancellationToken)
    {
        if (await StoredSpeech.DurationAsync(files, request.WavKey, cancellationToken).ConfigureAwait(false) is not { } duration)
        {
            return null;
        }

        var compressed = request.CompressedKey is { } key && await StoredSpeech.ExistsAsync(files, key, cancellationToken).ConfigureAwait(false);
        counters.CacheHit(request.Voice.Engine);
        return Result(request, duration, compressed, fromCache: true);
    }

    private async Task<SynthesizedSpeech> ProduceAsync(SynthesisRequest request, bool compressedFirst)
    {
        try
        {
            // Another caller may have finished the same text between our lookup and this run.
            if (await FindAsync(request, CancellationToken.None).ConfigureAwait(false) is { } stored)
            {
                return stored;
            }

            var chunks = new List<PcmAudio>();
            counters.EngineRan(request.Voice.Engine);
            await foreach (var chunk in Synthesizer(request.Voice.Engine).SynthesizeAsync(request.Text, request.Voice.Preset, CancellationToken.None).ConfigureAwait(false))
            {
                chunks.Add(chunk);
            }

            return await StoreAsync(request, Pcm.Join(chunks), compressedFirst, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            running.TryRemove(request.WavKey, out _);
        }
    }

    private async Task<SynthesizedSpeech> StoreAsync(SynthesisRequest request, PcmAudio audio, bool compressedFirst, CancellationToken cancellationToken)
    {
        using (var wav = new MemoryStream())
        {
            await encoder.WriteWavAsync(audio, wav, cancellationToken).ConfigureAwait(false);
            wav.Position = 0;
            await SaveAsync(request.WavKey, wav, cancellationToken).ConfigureAwait(false);
        }

        var spoken = Result(request, audio.DurationSeconds, compressed: false, fromCache: false);
        if (compressedFirst)
        {
            return await WithCopyAsync(request, spoken, _ => Task.FromResult<PcmAudio?>(audio), cancellationToken).ConfigureAwait(false);
        }

        var pending = request.CompressedKey is not null && compression.TrySchedule(request, _ => Task.FromResult<PcmAudio?>(audio));
        return spoken with { PendingCompressedKey = pending ? request.CompressedKey : null };
    }

    // The copy made now, before the result goes back (the encoding the caller waits for); without it when it cannot be.
    private async Task<SynthesizedSpeech> WithCopyAsync(SynthesisRequest request, SynthesizedSpeech spoken, Func<CancellationToken, Task<PcmAudio?>> audio, CancellationToken cancellationToken) =>
        await compression.CompressNowAsync(request, audio, cancellationToken).ConfigureAwait(false)
            ? spoken with { CompressedKey = request.CompressedKey, CompressedMediaType = request.CompressedMediaType, PendingCompressedKey = null }
            : spoken;

    // Schedules the missing copy of a stored entry, read back from its WAV; true when it is (or already was) being made.
    private bool Compress(SynthesisRequest request) =>
        request.CompressedKey is { } key
        && (compression.TrySchedule(request, token => StoredSpeech.ReadAsync(files, request.WavKey, token)) || compression.IsPending(key));

    // True when the key holds the file afterwards, saved by us or (a race with another process) already there.
    private async Task<bool> SaveAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        try
        {
            await files.SaveAsync(key, content, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (IOException)
        {
            if (!await StoredSpeech.ExistsAsync(files, key, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }

            return true;
        }
    }

    private ISpeechSynthesizer Synthesizer(string engine) =>
        synthesizers.FirstOrDefault(s => s.Name == engine)
        ?? throw new SpeechEngineUnavailableException($"No {engine} synthesiser is registered (AddSpeechSynthesis registers flite, espeak-ng and piper).");

    private static SynthesizedSpeech Result(SynthesisRequest request, double duration, bool compressed, bool fromCache) =>
        new(request.WavKey, compressed ? request.CompressedKey : null, compressed ? request.CompressedMediaType : null,
            duration, request.Voice.Engine, request.Voice.Preset, fromCache);
}
