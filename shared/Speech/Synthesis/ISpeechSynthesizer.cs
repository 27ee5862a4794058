using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Synthesis;

/// <summary>A text-to-speech engine.</summary>
public interface ISpeechSynthesizer
{
    /// <summary>The engine's name ("piper", "flite", "espeak-ng").</summary>
    string Name { get; }

    /// <summary>Speaks <paramref name="text"/> in the preset <paramref name="voice"/> as a sequence of chunks (a
    /// sentence or so each), so the first audio can be played before the whole text is spoken.</summary>
    /// <exception cref="SpeechInputException">The text is empty or too long, or the voice is unknown.</exception>
    /// <exception cref="SpeechEngineUnavailableException">The engine cannot run here.</exception>
    IAsyncEnumerable<PcmAudio> SynthesizeAsync(string text, string voice, CancellationToken cancellationToken);
}
