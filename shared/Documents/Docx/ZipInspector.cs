using System.IO.Compression;

namespace MockInterview.Documents.Docx;

/// <summary>Reads an archive's central directory, and nothing else, to refuse zip bombs before any entry is
/// inflated or any XML is parsed.</summary>
/// <remarks><see cref="ZipArchive"/> in read mode parses only the central directory when constructed; entries are
/// inflated when opened. The sizes checked here are the archive's own claims: a lying size is caught later by the
/// per-part character limit and by <see cref="ZipArchive"/>, which stops inflating an entry at its declared length.</remarks>
internal static class ZipInspector
{
    private const long RatioCheckThreshold = 1024 * 1024;

    public static ZipDirectory Inspect(byte[] data, DocumentExtractionOptions options)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw DocumentRejections.Corrupt("archive", e);
        }

        using (archive)
        {
            var entries = archive.Entries;
            if (entries.Count > options.MaxArchiveEntries)
            {
                throw DocumentRejections.TooComplex(
                    $"The document contains {entries.Count} internal files; at most {options.MaxArchiveEntries} are accepted.");
            }

            long total = 0;
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var expanded = entry.Length;
                if (expanded > options.MaxEntryUncompressedBytes || expanded < 0)
                {
                    throw ExpandsTooMuch(options);
                }

                total += expanded;
                if (total > options.MaxUncompressedBytes)
                {
                    throw ExpandsTooMuch(options);
                }

                if (expanded > RatioCheckThreshold && expanded / Math.Max(entry.CompressedLength, 1) > options.MaxCompressionRatio)
                {
                    throw DocumentRejections.TooComplex(
                        "The document is compressed far more than any real document (a \"zip bomb\"), so it was not opened.");
                }

                names.Add(entry.FullName);
            }

            return new ZipDirectory(names);
        }
    }

    private static DocumentRejectedException ExpandsTooMuch(DocumentExtractionOptions options) => DocumentRejections.TooComplex(
        $"The document expands to more than {options.MaxUncompressedBytes / (1024 * 1024)} MB when unpacked, so it was not opened.");
}
