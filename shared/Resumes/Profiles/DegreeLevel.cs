namespace MockInterview.Resumes.Profiles;

/// <summary>The level of a degree, from the words that name it.</summary>
public enum DegreeLevel
{
    /// <summary>No degree word recognised.</summary>
    Unknown,
    /// <summary>High school diploma, GED, A-levels.</summary>
    HighSchool,
    /// <summary>Certificate, diploma, bootcamp.</summary>
    Certificate,
    /// <summary>Associate degree.</summary>
    Associate,
    /// <summary>Bachelor's degree.</summary>
    Bachelor,
    /// <summary>Master's degree or MBA.</summary>
    Master,
    /// <summary>Doctorate (PhD, DPhil, MD).</summary>
    Doctorate,
}
