namespace MockInterview.Interviewing.Scoring;

/// <summary>The five dimension scores (0–10) and the matching counts behind relevance, for the reasons.</summary>
internal sealed record DimensionScores(
    double Relevance,
    double Structure,
    double Specificity,
    double Depth,
    double Communication,
    int TopicMatched,
    int DomainMatched,
    IReadOnlyList<RubricPoint> Covered,
    IReadOnlyList<RubricPoint> Missed)
{
    public Dictionary<string, double> ToDictionary(double cap) => new(StringComparer.Ordinal)
    {
        [ScoreDimensions.Relevance] = Round(Math.Min(cap, Relevance)),
        [ScoreDimensions.Structure] = Round(Math.Min(cap, Structure)),
        [ScoreDimensions.Specificity] = Round(Math.Min(cap, Specificity)),
        [ScoreDimensions.Depth] = Round(Math.Min(cap, Depth)),
        [ScoreDimensions.Communication] = Round(Math.Min(cap, Communication)),
    };

    /// <summary>Weighted mean; relevance weighs most because an eloquent answer to another question is worthless.</summary>
    public double Weighted() => (0.3 * Relevance) + (0.15 * Structure) + (0.2 * Specificity) + (0.2 * Depth) + (0.15 * Communication);

    public static double Round(double value) => Math.Round(Math.Clamp(value, 0, 10), 1, MidpointRounding.AwayFromZero);
}
