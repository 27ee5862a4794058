namespace MockInterview.Speech.Audio;

/// <summary>Writes PCM audio as WAV, and compressed for the web.</summary>
public interface IAudioEncoder
{
    /// <summary>The compressed format's media type ("audio/ogg" for Opus); null when no compressor is available here.</summary>
    string? CompressedMediaType { get; }

    /// <summary>Writes <paramref name="audio"/> as 16-bit PCM WAV.</summary>
    Task WriteWavAsync(PcmAudio audio, Stream output, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="audio"/> compressed as <see cref="CompressedMediaType"/>.</summary>
    /// <exception cref="SpeechEngineUnavailableException">No compressor is available.</exception>
    Task WriteCompressedAsync(PcmAudio audio, Stream output, CancellationToken cancellationToken);
}
