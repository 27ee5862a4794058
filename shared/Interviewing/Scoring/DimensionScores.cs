using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Scoring;

/// <summary>The five dimension scores (0–10) and the matching counts behind relevance, for flags and reasons.</summary>
internal sealed record DimensionScores(
    double Relevance,
    double Structure,
    double Specificity,
    double Depth,
    double Communication,
    int TopicMatched,
    int DomainMatched,
    int TopicOrDomainMatched,
    int CoveredByWords,
    IReadOnlyList<RubricPoint> Covered,
    IReadOnlyList<RubricPoint> Missed)
{
    /// <summary>0–1: how fully the answer speaks the question's domain: saturating in the weight of the domain's
    /// vocabulary the answer uses (see <see cref="QuestionDomain.Mass"/>).</summary>
    public double DomainCoverage { get; init; }

    /// <summary>0–1: share of the question's own idf weight the answer repeats.</summary>
    public double TopicShare { get; init; }

    public Dictionary<string, double> ToDictionary(double cap) => new(StringComparer.Ordinal)
    {
        [ScoreDimensions.Relevance] = Round(Math.Min(cap, Relevance)),
        [ScoreDimensions.Structure] = Round(Math.Min(cap, Structure)),
        [ScoreDimensions.Specificity] = Round(Math.Min(cap, Specificity)),
        [ScoreDimensions.Depth] = Round(Math.Min(cap, Depth)),
        [ScoreDimensions.Communication] = Round(Math.Min(cap, Communication)),
    };

    /// <summary>Weighted mean. Relevance always weighs most; stories live on structure, technical answers on depth.</summary>
    public double Weighted(string category, bool logistics) => category switch
    {
        // A practical answer lives on saying the fact clearly; there is no story to structure and no depth to show.
        _ when logistics => (0.4 * Relevance) + (0.1 * Structure) + (0.25 * Specificity) + (0.05 * Depth) + (0.2 * Communication),
        QuestionCategories.Behavioral => (0.25 * Relevance) + (0.25 * Structure) + (0.2 * Specificity) + (0.15 * Depth) + (0.15 * Communication),
        QuestionCategories.Technical => (0.3 * Relevance) + (0.1 * Structure) + (0.15 * Specificity) + (0.3 * Depth) + (0.15 * Communication),
        _ => (0.3 * Relevance) + (0.15 * Structure) + (0.25 * Specificity) + (0.15 * Depth) + (0.15 * Communication),
    };

    public static double Round(double value) => Math.Round(Math.Clamp(value, 0, 10), 1, MidpointRounding.AwayFromZero);
}
