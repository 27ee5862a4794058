using MockInterview.Speech.Synthesis;
using MockInterview.Storage.Files;

namespace MockInterview.Speech.Tests.Worker;

/// <summary>Our own synthesis port, scripted by the test.</summary>
internal sealed class ScriptedSynthesis : ISpeechSynthesis
{
    private int calls;

    public Func<string, string?, CancellationToken, Task<SynthesizedSpeech>> Behaviour { get; set; } =
        (_, voice, _) => Task.FromResult(new SynthesizedSpeech(FileKeys.New(), null, null, 1.25, "scripted", voice ?? "professional", false));

    public int Calls => Volatile.Read(ref calls);

    public IReadOnlyList<string> Voices { get; set; } = ["professional", "warm"];

    /// <summary>Whether the last call asked for the compressed copy first.</summary>
    public bool? LastCompressedFirst { get; private set; }

    public Task<SynthesizedSpeech> SynthesizeAsync(string text, string? voice, CancellationToken cancellationToken) =>
        SynthesizeAsync(text, voice, compressedFirst: false, cancellationToken);

    public Task<SynthesizedSpeech> SynthesizeAsync(string text, string? voice, bool compressedFirst, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        LastCompressedFirst = compressedFirst;
        return Behaviour(text, voice, cancellationToken);
    }

    public Task<SynthesizedSpeech?> FindCachedAsync(string text, string? voice, CancellationToken cancellationToken) =>
        Task.FromResult<SynthesizedSpeech?>(null);
}
