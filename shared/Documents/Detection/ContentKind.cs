namespace MockInterview.Documents.Detection;

/// <summary>What the first bytes of an upload say it is.</summary>
internal enum ContentKind
{
    Pdf,
    Docx,
    Text,
    LegacyWord,
    EncryptedOffice,
    Rtf,
    Markup,
    Image,
    Spreadsheet,
    Presentation,
    OpenDocument,
    Archive,
    Binary,
}
