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

    public Task<SynthesizedSpeech> SynthesizeAsync(string text, string? voice, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return Behaviour(text, voice, cancellationToken);
    }

    public Task<SynthesizedSpeech?> FindCachedAsync(string text, string? voice, CancellationToken cancellationToken) =>
        Task.FromResult<SynthesizedSpeech?>(null);
}
