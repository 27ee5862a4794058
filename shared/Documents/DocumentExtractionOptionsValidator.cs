using Microsoft.Extensions.Options;

namespace MockInterview.Documents;

/// <summary>Checks <see cref="DocumentExtractionOptions"/> at start so that a bad setting fails fast, not on the
/// first upload.</summary>
internal sealed class DocumentExtractionOptionsValidator : IValidateOptions<DocumentExtractionOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentExtractionOptions options)
    {
        var errors = new List<string>();
        Check(options.MaxBytes is >= 1 and <= 256L * 1024 * 1024, "MaxBytes must be between 1 byte and 256 MiB.");
        Check(options.MaxPages is >= 1 and <= 10_000, "MaxPages must be between 1 and 10000.");
        Check(options.MaxOutputChars is >= 1_000 and <= 10_000_000, "MaxOutputChars must be between 1000 and 10000000.");
        Check(options.Timeout > TimeSpan.Zero && options.Timeout <= TimeSpan.FromMinutes(10), "Timeout must be above zero and at most 10 minutes.");
        Check(options.MaxCpuSeconds is >= 1 and <= 600, "MaxCpuSeconds must be between 1 and 600.");
        Check(options.MaxConcurrentPdfExtractions is >= 0 and <= 1024, "MaxConcurrentPdfExtractions must be between 0 (one per processor) and 1024.");
        Check(options.MaxProcessMemoryBytes is >= 64L * 1024 * 1024 and <= 16L * 1024 * 1024 * 1024, "MaxProcessMemoryBytes must be between 64 MiB and 16 GiB.");
        Check(options.MaxProcessFileBytes is >= 0 and <= 1024L * 1024 * 1024, "MaxProcessFileBytes must be between 0 and 1 GiB.");
        Check(!string.IsNullOrWhiteSpace(options.PdfToTextPath), "PdfToTextPath must name the pdftotext executable.");
        Check(!string.IsNullOrWhiteSpace(options.PdfInfoPath), "PdfInfoPath must name the pdfinfo executable.");
        Check(!string.IsNullOrWhiteSpace(options.PrlimitPath), "PrlimitPath must name the prlimit executable.");
        Check(string.IsNullOrWhiteSpace(options.TemporaryDirectory) || Directory.Exists(options.TemporaryDirectory), "TemporaryDirectory must be an existing directory (or empty for the system temporary directory).");
        Check(options.MaxArchiveEntries is >= 10 and <= 100_000, "MaxArchiveEntries must be between 10 and 100000.");
        Check(options.MaxEntryUncompressedBytes >= 1024 * 1024, "MaxEntryUncompressedBytes must be at least 1 MiB.");
        Check(options.MaxUncompressedBytes >= options.MaxEntryUncompressedBytes, "MaxUncompressedBytes must be at least MaxEntryUncompressedBytes.");
        Check(options.MaxCompressionRatio is >= 10 and <= 10_000, "MaxCompressionRatio must be between 10 and 10000.");
        Check(options.MaxCharactersInPart >= 100_000, "MaxCharactersInPart must be at least 100000.");
        Check(options.MaxXmlDepth is >= 32 and <= 10_000, "MaxXmlDepth must be between 32 and 10000.");
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(e => $"{DocumentExtractionOptions.SectionName}:{e}"));

        void Check(bool ok, string error)
        {
            if (!ok)
            {
                errors.Add(error);
            }
        }
    }
}
