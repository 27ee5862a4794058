namespace MockInterview.Resumes.Jobs;

/// <summary>Parts of a job description, from their headings.</summary>
internal enum JobSection
{
    /// <summary>Text before any heading (title, introduction).</summary>
    Intro,
    /// <summary>What you will do.</summary>
    Responsibilities,
    /// <summary>Requirements, qualifications, must have.</summary>
    Required,
    /// <summary>Nice to have, preferred, bonus.</summary>
    NiceToHave,
    /// <summary>About the company, benefits, how to apply: not requirements.</summary>
    About,
}
