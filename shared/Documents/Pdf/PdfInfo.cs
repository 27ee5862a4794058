namespace MockInterview.Documents.Pdf;

/// <summary>What <c>pdfinfo</c> says about a PDF.</summary>
/// <param name="Pages">The page count; null when pdfinfo printed none.</param>
/// <param name="Encrypted">The PDF is encrypted (it opened, so with an empty user password).</param>
/// <param name="CopyForbidden">Its permissions forbid copying text, which pdftotext honours.</param>
internal sealed record PdfInfo(int? Pages, bool Encrypted, bool CopyForbidden)
{
    /// <summary>Reads pdfinfo's "Key: value" lines; unknown lines are ignored.</summary>
    public static PdfInfo Parse(string output)
    {
        int? pages = null;
        var encrypted = false;
        var copyForbidden = false;
        foreach (var line in output.Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (key == "Pages" && int.TryParse(value, out var count))
            {
                pages = count;
            }
            else if (key == "Encrypted" && value.StartsWith("yes", StringComparison.Ordinal))
            {
                encrypted = true;
                copyForbidden = value.Contains("copy:no", StringComparison.Ordinal);
            }
        }

        return new PdfInfo(pages, encrypted, copyForbidden);
    }
}
