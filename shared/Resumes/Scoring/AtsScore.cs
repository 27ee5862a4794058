namespace MockInterview.Resumes.Scoring;

/// <summary>An explained ATS-style score of a resume, against a job description or on its own.</summary>
/// <param name="Total">Score from 0 to 100: the sum of the components' points, rounded, then any cap.</param>
/// <param name="HasJobDescription">False for the general resume-quality score.</param>
/// <param name="Components">The parts of the score; their weights add up to 100.</param>
/// <param name="MissingKeywords">Skills the job asks for that the resume does not show: required first.</param>
/// <param name="MatchedKeywords">Skills the job asks for that the resume shows.</param>
/// <param name="Suggestions">Concrete changes that would raise the score, most valuable first.</param>
/// <param name="Cap">Why the total was capped below the components' sum (keyword stuffing), or null.</param>
/// <param name="Summary">One sentence that sums the score up.</param>
public sealed record AtsScore(
    int Total,
    bool HasJobDescription,
    IReadOnlyList<AtsComponent> Components,
    IReadOnlyList<string> MissingKeywords,
    IReadOnlyList<string> MatchedKeywords,
    IReadOnlyList<string> Suggestions,
    string? Cap,
    string Summary)
{
    /// <summary>The component of the given kind, or null when it does not apply to this score.</summary>
    public AtsComponent? Component(AtsComponentKind kind) => Components.FirstOrDefault(c => c.Kind == kind);
}
