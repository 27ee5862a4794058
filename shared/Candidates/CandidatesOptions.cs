namespace MockInterview.Candidates;

/// <summary>Where resumes and job descriptions are kept and how many each caller may keep (section <c>Candidates</c>).</summary>
/// <remarks>The largest upload is <c>Documents:MaxBytes</c>: one setting decides it for the HTTP layer and the extractor.</remarks>
public sealed class CandidatesOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Candidates";

    /// <summary>SQLite connection string of the resume and job records; a relative file is under the content root.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/candidates.db";

    /// <summary>Older name of <c>Storage:Files:Folder</c> (the local file store's folder), used when that is not set;
    /// a relative folder is under the content root.</summary>
    public string FilesFolder { get; set; } = "data/files";

    /// <summary>Most resumes one caller may keep; more answers 409 until one is deleted.</summary>
    public int MaxResumesPerOwner { get; set; } = 20;

    /// <summary>Most job descriptions one caller may keep; more answers 409 until one is deleted.</summary>
    public int MaxJobsPerOwner { get; set; } = 50;

    /// <summary>Longest job description text, in characters.</summary>
    public int MaxJobDescriptionChars { get; set; } = 50_000;

    /// <summary>Longest job title, in characters.</summary>
    public int MaxJobTitleChars { get; set; } = 200;

    /// <summary>Longest time an upload's body may take to arrive; a slower body is refused with 408.</summary>
    public int UploadTimeoutSeconds { get; set; } = 30;
}
