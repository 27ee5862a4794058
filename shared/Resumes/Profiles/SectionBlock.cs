namespace MockInterview.Resumes.Profiles;

/// <summary>Consecutive lines of one section; <see cref="Section"/> is null for the unlabelled top of the resume.</summary>
internal sealed record SectionBlock(ResumeSection? Section, List<string> Lines)
{
    /// <summary>The lines joined by newlines (line-based evidence in the skill matcher depends on them).</summary>
    public string Text => string.Join('\n', Lines);
}
