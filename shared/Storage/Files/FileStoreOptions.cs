namespace MockInterview.Storage.Files;

/// <summary>Where the local file store keeps its files (section <c>Storage:Files</c>).</summary>
public sealed class FileStoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage:Files";

    /// <summary>Folder of the stored files (uploads, speech audio); a relative folder is under the content root.
    /// <c>Candidates:FilesFolder</c>, its older name, is used when this is not set.</summary>
    public string Folder { get; set; } = "data/files";
}
