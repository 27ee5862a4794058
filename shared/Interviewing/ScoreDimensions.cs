namespace MockInterview.Interviewing;

/// <summary>The names of the scored dimensions.</summary>
public static class ScoreDimensions
{
    /// <summary>Answers the question asked, covers its rubric.</summary>
    public const string Relevance = "relevance";

    /// <summary>Organised; STAR for behavioral questions.</summary>
    public const string Structure = "structure";

    /// <summary>Concrete evidence: numbers, named tools, outcomes.</summary>
    public const string Specificity = "specificity";

    /// <summary>Technical or reflective depth.</summary>
    public const string Depth = "depth";

    /// <summary>Length, clarity, filler words.</summary>
    public const string Communication = "communication";

    /// <summary>All of them, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [Relevance, Structure, Specificity, Depth, Communication];
}
