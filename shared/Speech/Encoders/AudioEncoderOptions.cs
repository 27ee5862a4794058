namespace MockInterview.Speech.Encoders;

/// <summary>How spoken audio is compressed for the web (section <c>Speech:Encoding</c>), validated at start.</summary>
public sealed class AudioEncoderOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Speech:Encoding";

    /// <summary>"auto" (Ogg/Opus when ffmpeg has libopus, else MP3 when it has libmp3lame, else none), "opus", "mp3"
    /// or "none" (WAV only).</summary>
    public string Compression { get; set; } = "auto";

    /// <summary>Opus bit rate in kbit/s (speech is clear from 24).</summary>
    public int OpusKilobitsPerSecond { get; set; } = 32;

    /// <summary>MP3 bit rate in kbit/s.</summary>
    public int Mp3KilobitsPerSecond { get; set; } = 64;

    /// <summary>The ffmpeg executable: a name on PATH or a path.</summary>
    public string FfmpegPath { get; set; } = "ffmpeg";

    /// <summary>The <c>prlimit</c> executable (util-linux) that holds ffmpeg to its limits on Linux.</summary>
    public string PrlimitPath { get; set; } = "prlimit";

    /// <summary>Wall-clock limit of one encoding; ffmpeg is killed past it.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>CPU seconds one encoding may use (<c>prlimit --cpu</c>).</summary>
    public int MaxCpuSeconds { get; set; } = 30;

    /// <summary>Address space of ffmpeg in bytes (<c>prlimit --as</c>, 1 GiB).</summary>
    public long MaxMemoryBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Where ffmpeg runs, in a private subdirectory deleted afterwards; empty means the system temporary directory.</summary>
    public string? TemporaryDirectory { get; set; }
}
