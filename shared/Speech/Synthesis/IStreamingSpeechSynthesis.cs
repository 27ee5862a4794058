using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Synthesis;

/// <summary>Synthesis that hands over audio as it is made, for a player that starts on the first sentence.</summary>
public interface IStreamingSpeechSynthesis : ISpeechSynthesis
{
    /// <summary>Speaks <paramref name="text"/> in <paramref name="voice"/> (null: the default) chunk by chunk: the stored
    /// audio as one chunk when it was spoken before, else each sentence as soon as the engine has it; once the last
    /// chunk is taken the whole audio is stored, so the next request is a cache hit.</summary>
    /// <exception cref="SpeechInputException">Empty or too long text, or an unknown voice.</exception>
    /// <exception cref="SpeechEngineUnavailableException">No synthesiser can run here.</exception>
    IAsyncEnumerable<PcmAudio> StreamAsync(string text, string? voice, CancellationToken cancellationToken);
}
