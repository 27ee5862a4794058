namespace MockInterview.Speech.Audio;

/// <summary>Limits of uploaded audio and the converter that reads compressed formats (section
/// <c>Speech:Audio</c>), validated at start.</summary>
public sealed class AudioOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Speech:Audio";

    /// <summary>Largest upload read, in bytes (25 MiB: ten minutes of 16 kHz WAV, hours of Opus).</summary>
    public long MaxBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Longest audio accepted, in seconds; a WAV whose header says more is refused without being decoded, and
    /// a converted file is refused as soon as its output passes this.</summary>
    public double MaxSeconds { get; set; } = 300;

    /// <summary>Wall-clock limit of one ffmpeg conversion; the process is killed past it.</summary>
    public TimeSpan DecodeTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>CPU seconds one ffmpeg conversion may use (<c>prlimit --cpu</c>).</summary>
    public int MaxDecodeCpuSeconds { get; set; } = 30;

    /// <summary>Address space of ffmpeg in bytes (<c>prlimit --as</c>, 1 GiB).</summary>
    public long MaxDecodeMemoryBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>The ffmpeg executable: a name looked up on PATH, or a full path. Reads WebM/Opus, OGG, MP3, FLAC and
    /// WAVs that are not plain PCM.</summary>
    public string FfmpegPath { get; set; } = "ffmpeg";

    /// <summary>The <c>prlimit</c> executable (util-linux) that applies the limits to ffmpeg on Linux.</summary>
    public string PrlimitPath { get; set; } = "prlimit";

    /// <summary>Where ffmpeg runs, in a private subdirectory deleted afterwards; empty means the system temporary directory.</summary>
    public string? TemporaryDirectory { get; set; }
}
