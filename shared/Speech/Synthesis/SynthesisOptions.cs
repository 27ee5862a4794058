namespace MockInterview.Speech.Synthesis;

/// <summary>Text-to-speech settings (section <c>Speech:Synthesis</c>), validated at start.</summary>
public sealed class SynthesisOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Speech:Synthesis";

    /// <summary>"auto" (Piper for every preset when <see cref="PiperOptions.ModelPath"/> is set, else each preset's own
    /// engine, flite standing in for a missing espeak-ng and the other way round), or "piper", "flite", "espeak-ng" to
    /// make one engine speak every preset (its default voice stands in for a preset made for another engine).</summary>
    public string Engine { get; set; } = SynthesisEngines.Auto;

    /// <summary>The voice presets; the first is the default. Empty means the built-in ones
    /// (<see cref="DefaultVoicePresets"/>): professional, warm, brisk, clear, calm.</summary>
    public List<VoicePreset> Voices { get; set; } = [];

    /// <summary>Longest text spoken at once, in characters; longer is refused (textTooLong).</summary>
    public int MaxTextChars { get; set; } = 2000;

    /// <summary>Longest piece synthesised in one engine run; text is cut at sentence, then clause, then word ends.</summary>
    public int MaxChunkChars { get; set; } = 200;

    /// <summary>Part of every question-audio cache key: change it to make every stored audio stale (new voices).</summary>
    public string CacheVersion { get; set; } = "1";

    /// <summary>The flite executable: a name on PATH or a path.</summary>
    public string FlitePath { get; set; } = "flite";

    /// <summary>The espeak-ng executable: a name on PATH or a path.</summary>
    public string EspeakPath { get; set; } = "espeak-ng";

    /// <summary>The espeak-ng voice used when "espeak-ng" is forced for a preset made for another engine.</summary>
    public string EspeakDefaultVoice { get; set; } = "en-us";

    /// <summary>The flite voice used when "flite" is forced for a preset made for another engine.</summary>
    public string FliteDefaultVoice { get; set; } = "slt";

    /// <summary>The <c>prlimit</c> executable (util-linux) that holds the engines to their limits on Linux.</summary>
    public string PrlimitPath { get; set; } = "prlimit";

    /// <summary>Wall-clock limit of one engine run (one chunk); the process is killed past it.</summary>
    public TimeSpan EngineTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>CPU seconds one engine run may use (<c>prlimit --cpu</c>).</summary>
    public int MaxEngineCpuSeconds { get; set; } = 20;

    /// <summary>Address space of one engine run in bytes (<c>prlimit --as</c>, 512 MiB).</summary>
    public long MaxEngineMemoryBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Where engines run, in a private subdirectory deleted afterwards; empty means the system temporary directory.</summary>
    public string? TemporaryDirectory { get; set; }

    /// <summary>Piper through sherpa-onnx.</summary>
    public PiperOptions Piper { get; set; } = new();
}
