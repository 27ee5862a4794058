namespace MockInterview.Documents;

/// <summary>Why an upload was refused; stable names for clients and logs.</summary>
public enum DocumentRejectionReason
{
    /// <summary>More bytes than <c>Documents:MaxBytes</c> (HTTP 413).</summary>
    TooLarge,

    /// <summary>No bytes at all (422).</summary>
    Empty,

    /// <summary>A format we do not read: legacy .doc, images, spreadsheets, binary data (415).</summary>
    UnsupportedFormat,

    /// <summary>The content is not what its name or content type says, e.g. a text file named <c>.pdf</c> (415).</summary>
    ContentMismatch,

    /// <summary>The file is damaged beyond repair (422).</summary>
    Corrupt,

    /// <summary>The file needs a password, or forbids copying its text (422).</summary>
    Encrypted,

    /// <summary>The file has no text, e.g. a scanned PDF without a text layer (422).</summary>
    NoText,

    /// <summary>More pages than <c>Documents:MaxPages</c> (422).</summary>
    TooManyPages,

    /// <summary>The file exceeds a structural limit (expanded size, compression ratio, nesting, CPU or memory) (422).</summary>
    TooComplex,

    /// <summary>Extraction ran past <c>Documents:Timeout</c> (422).</summary>
    TimedOut,
}
