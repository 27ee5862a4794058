namespace MockInterview.Speech.Audio;

/// <summary>A container format recognised from the first bytes of a file.</summary>
internal enum AudioFormat
{
    /// <summary>Not an audio format this service reads.</summary>
    Unknown,

    /// <summary>RIFF/WAVE.</summary>
    Wav,

    /// <summary>Ogg (Opus or Vorbis).</summary>
    Ogg,

    /// <summary>WebM/Matroska (EBML), what browsers' MediaRecorder writes (Opus inside).</summary>
    WebM,

    /// <summary>MPEG audio layer III, with or without an ID3 tag.</summary>
    Mp3,

    /// <summary>FLAC.</summary>
    Flac,
}
