using MockInterview.Sandbox;

namespace MockInterview.Documents;

/// <summary>Limits and tool paths of document extraction (section <c>Documents</c>), validated at start.</summary>
public sealed class DocumentExtractionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Documents";

    /// <summary>Largest upload read, in bytes (5 MiB); more is rejected as too large before anything is parsed.</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Most pages a PDF may have; checked with <c>pdfinfo</c> before any text is extracted.</summary>
    public int MaxPages { get; set; } = 20;

    /// <summary>Most characters of text returned; longer text is cut with a warning.</summary>
    public int MaxOutputChars { get; set; } = 100_000;

    /// <summary>Wall-clock limit of each PDF tool run (and of the wait for a free extraction slot); the process tree is
    /// killed past it. A backstop: the CPU and memory limits below trip first on hostile files. A two-page resume takes
    /// about 20–40 ms, so 1 s keeps a hostile upload's answer (two tools at most) within the 2 s the API promises.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>CPU seconds a PDF tool may use (<c>prlimit --cpu</c>, whole seconds); the kernel kills it past that.</summary>
    public int MaxCpuSeconds { get; set; } = 1;

    /// <summary>Most PDF extractions running at once in this process; 0 means one per processor. Each may use
    /// <see cref="MaxProcessMemoryBytes"/> and <see cref="MaxCpuSeconds"/>, so a burst of hostile uploads cannot take the
    /// machine; an upload that finds no free slot within <see cref="Timeout"/> is answered 503 (try again).</summary>
    public int MaxConcurrentPdfExtractions { get; set; }

    /// <summary>Address space of a PDF tool in bytes (<c>prlimit --as</c>, 512 MiB); allocations past it fail.</summary>
    public long MaxProcessMemoryBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Largest file a PDF tool may write (<c>prlimit --fsize</c>, 1 MiB); the tools write text to a pipe,
    /// so this only stops stray writes such as font caches from growing.</summary>
    public long MaxProcessFileBytes { get; set; } = 1024 * 1024;

    /// <summary>The <c>pdftotext</c> executable (poppler-utils): a name looked up on PATH, or a full path.</summary>
    public string PdfToTextPath { get; set; } = "pdftotext";

    /// <summary>The <c>pdfinfo</c> executable (poppler-utils): a name looked up on PATH, or a full path.</summary>
    public string PdfInfoPath { get; set; } = "pdfinfo";

    /// <summary>The <c>prlimit</c> executable (util-linux) that applies the resource limits on Linux.</summary>
    public string PrlimitPath { get; set; } = "prlimit";

    /// <summary>Where each PDF is written, in a private subdirectory deleted after extraction; empty means the system
    /// temporary directory.</summary>
    public string? TemporaryDirectory { get; set; }

    /// <summary>Most entries in a DOCX archive, read from its central directory before it is opened.</summary>
    public int MaxArchiveEntries { get; set; } = 1000;

    /// <summary>Most bytes all entries of a DOCX archive may expand to (64 MiB).</summary>
    public long MaxUncompressedBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Most bytes one entry of a DOCX archive may expand to (32 MiB).</summary>
    public long MaxEntryUncompressedBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Highest expansion ratio of a DOCX entry larger than 1 MiB (zip bombs reach thousands; XML about 10–30).</summary>
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Most characters read from one XML part of a DOCX (OpenXml's <c>MaxCharactersInPart</c>).</summary>
    public long MaxCharactersInPart { get; set; } = 20_000_000;

    /// <summary>Deepest XML element nesting accepted in a DOCX part; deeper is rejected as too complex.</summary>
    public int MaxXmlDepth { get; set; } = 256;

    /// <summary>The sandbox limits of one PDF tool run that may write up to <paramref name="maxOutputBytes"/>.</summary>
    internal SandboxLimits ToSandboxLimits(int maxOutputBytes) =>
        new(MaxProcessMemoryBytes, MaxCpuSeconds, MaxProcessFileBytes, Timeout, maxOutputBytes);
}
