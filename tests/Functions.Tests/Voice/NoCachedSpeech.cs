using MockInterview.Speech.Audio;
using MockInterview.Speech.Synthesis;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>A synthesis port with an empty cache or one cached text, for the speech client's own tests (the worker's
/// part is played by the test; the real synthesis runs in the end-to-end tests).</summary>
public sealed class NoCachedSpeech(string? cachedText = null, SynthesizedSpeech? cached = null) : ISpeechSynthesis
{
    public IReadOnlyList<string> Voices { get; } = ["professional"];

    public int Lookups { get; private set; }

    public Task<SynthesizedSpeech> SynthesizeAsync(string text, string? voice, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The app never synthesises itself; the worker does.");

    public Task<SynthesizedSpeech?> FindCachedAsync(string text, string? voice, CancellationToken cancellationToken)
    {
        Lookups++;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SpeechInputException("textEmpty", "There is no text to speak.");
        }

        return Task.FromResult(text == cachedText ? cached : null);
    }
}
