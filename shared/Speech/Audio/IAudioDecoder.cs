namespace MockInterview.Speech.Audio;

/// <summary>Turns uploaded audio (WAV, WebM/Opus, OGG, MP3) into 16 kHz mono PCM for the recognisers, within the
/// configured size and duration limits.</summary>
public interface IAudioDecoder
{
    /// <summary>Decodes <paramref name="input"/>, read to its end.</summary>
    /// <exception cref="SpeechInputException">Empty, corrupt, unsupported, too large or too long audio.</exception>
    /// <exception cref="SpeechEngineUnavailableException">The converter (ffmpeg) is missing and the input is not plain WAV.</exception>
    Task<PcmAudio> DecodeAsync(Stream input, CancellationToken cancellationToken);
}
