namespace MockInterview.Resumes.Jobs;

/// <summary>The level a job asks for.</summary>
public enum Seniority
{
    /// <summary>No cue in the title, the text or the years asked.</summary>
    Unknown,
    /// <summary>Intern, graduate, entry level, junior.</summary>
    Junior,
    /// <summary>Mid-level, intermediate, "II".</summary>
    Mid,
    /// <summary>Senior.</summary>
    Senior,
    /// <summary>Lead, staff, principal, head of, manager of a team.</summary>
    Lead,
}
