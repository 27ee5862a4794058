namespace MockInterview.Speech.Recognition.Whisper;

/// <summary>Where whisper.cpp and its ggml model are (section <c>Speech:Recognition:Whisper</c>).</summary>
public sealed class WhisperOptions
{
    /// <summary>The ggml model file (e.g. ggml-base.en.bin); setting it makes <c>auto</c> choose Whisper.</summary>
    public string? ModelPath { get; set; }

    /// <summary>The whisper.cpp shared library (libwhisper.so of a whisper.cpp build, or a binding that exports its C
    /// API): a file name the loader finds, or a path.</summary>
    public string LibraryPath { get; set; } = "libwhisper.so";

    /// <summary>Run on the GPU when the library was built with one.</summary>
    public bool UseGpu { get; set; } = true;

    /// <summary>Threads of one transcription; 0 means one per processor.</summary>
    public int Threads { get; set; }

    /// <summary>Contexts kept loaded (each holds the model); transcriptions beyond this wait for one.</summary>
    public int Contexts { get; set; } = 1;

    /// <summary>The spoken language, e.g. "en"; "auto" detects it.</summary>
    public string Language { get; set; } = "en";
}
