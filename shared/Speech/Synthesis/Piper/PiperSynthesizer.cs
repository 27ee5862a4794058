using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;
using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Synthesis.Piper;

/// <summary>Piper/VITS voices through sherpa-onnx's C API, loaded on first use from
/// <c>Speech:Synthesis:Piper</c>. One engine per process; utterances run one at a time on it (onnxruntime uses
/// <see cref="PiperOptions.Threads"/> threads within each).</summary>
internal sealed class PiperSynthesizer(VoiceCatalog voices, IOptions<SynthesisOptions> options) : ISpeechSynthesizer, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private SherpaOnnxTtsLibrary? library;
    private nint engine;

    public string Name => SynthesisEngines.Piper;

    public async IAsyncEnumerable<PcmAudio> SynthesizeAsync(string text, string voice, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var prepared = SynthesisText.Prepare(text, settings.MaxTextChars);
        var resolved = voices.Resolve(voice);
        if (resolved.Engine != Name)
        {
            throw new SpeechInputException("unknownVoice", $"The voice '{resolved.Preset}' is spoken by {resolved.Engine}, not {Name}.");
        }

        var speaker = int.TryParse(resolved.EngineVoice, out var id) ? id : 0;
        foreach (var chunk in TextChunker.Split(prepared, settings.MaxChunkChars))
        {
            yield return await SpeakAsync(chunk, speaker, (float)resolved.Rate, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        if (engine != 0 && library is not null)
        {
            library.Destroy(engine);
            engine = 0;
        }

        gate.Dispose();
    }

    private async Task<PcmAudio> SpeakAsync(string chunk, int speaker, float speed, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var tts = EnsureEngine();
            var text = System.Text.Encoding.UTF8.GetBytes(chunk + "\0");
            // The native call blocks for the whole chunk; it runs off the caller's thread and cannot be interrupted,
            // which chunks of at most MaxChunkChars keep short.
            var (samples, rate) = await Task.Run(() => (library!.Generate(tts, text, speaker, speed, out var r), r), CancellationToken.None).ConfigureAwait(false);
            if (rate < 1000)
            {
                throw new SpeechEngineUnavailableException("The Piper model produced no audio.");
            }

            var pcm = new short[samples.Length];
            for (var i = 0; i < samples.Length; i++)
            {
                pcm[i] = (short)Math.Clamp(MathF.Round(samples[i] * 32767f), short.MinValue, short.MaxValue);
            }

            return new PcmAudio(pcm, rate);
        }
        finally
        {
            gate.Release();
        }
    }

    // Called under the gate.
    private nint EnsureEngine()
    {
        if (engine != 0)
        {
            return engine;
        }

        var piper = options.Value.Piper;
        var files = PiperFiles.Locate(piper);
        library ??= SherpaOnnxTtsLibrary.Load(piper.LibraryPath);
        var strings = new List<nint>();
        try
        {
            var config = new SherpaOnnxTtsConfig
            {
                VitsModel = Utf8(files.Model),
                VitsLexicon = Utf8(files.Lexicon),
                VitsTokens = Utf8(files.Tokens),
                VitsDataDir = Utf8(files.DataDirectory),
                VitsNoiseScale = (float)piper.NoiseScale,
                VitsNoiseScaleW = (float)piper.NoiseScaleW,
                VitsLengthScale = 1f,
                NumThreads = piper.Threads,
                Debug = 0,
                Provider = Utf8(piper.Provider),
            };
            engine = library.Create(ref config);
        }
        finally
        {
            strings.ForEach(Marshal.FreeCoTaskMem);
        }

        return engine != 0 ? engine : throw new SpeechEngineUnavailableException(
            "sherpa-onnx could not load the Piper voice set in Speech:Synthesis:Piper:ModelPath (with its tokens and espeak-ng data); "
            + "check that it is a Piper/VITS model converted for sherpa-onnx.");

        nint Utf8(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return 0;
            }

            var pointer = Marshal.StringToCoTaskMemUTF8(value);
            strings.Add(pointer);
            return pointer;
        }
    }
}
