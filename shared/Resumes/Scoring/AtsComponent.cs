namespace MockInterview.Resumes.Scoring;

/// <summary>One part of an ATS score with the points it earned and why.</summary>
/// <param name="Kind">Which part.</param>
/// <param name="Name">The part's name for people ("Required skills").</param>
/// <param name="Weight">The most points this part can give (the weights of a score add up to 100).</param>
/// <param name="Points">Points earned, from 0 to <paramref name="Weight"/>, one decimal.</param>
/// <param name="Explanation">One sentence that says how the points were earned.</param>
public sealed record AtsComponent(AtsComponentKind Kind, string Name, double Weight, double Points, string Explanation);
