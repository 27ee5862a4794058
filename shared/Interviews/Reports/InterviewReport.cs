using MockInterview.Interviewing;
using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviews;

/// <summary>The end-of-interview report.</summary>
/// <param name="InterviewId">The interview.</param>
/// <param name="Mode">The mode.</param>
/// <param name="Candidate">Name, role and seniority (documents are not repeated in the report).</param>
/// <param name="StartedAt">When the interview started.</param>
/// <param name="CompletedAt">When the report was written.</param>
/// <param name="EndedEarly">The candidate ended before the question deadline.</param>
/// <param name="OverallScore">0–10.</param>
/// <param name="Dimensions">0–10 per dimension.</param>
/// <param name="Strengths">What went well, with quoted evidence.</param>
/// <param name="Improvements">What to work on, with quoted evidence.</param>
/// <param name="Narrative">The interviewer's closing words.</param>
/// <param name="Questions">Every question asked, the closing question last.</param>
/// <param name="Timing">Planned and used time per phase.</param>
/// <param name="Sources">Which brain produced which part.</param>
public sealed record InterviewReport(
    string InterviewId,
    InterviewMode Mode,
    ReportCandidate Candidate,
    DateTimeOffset StartedAt,
    DateTimeOffset CompletedAt,
    bool EndedEarly,
    double OverallScore,
    IReadOnlyDictionary<string, double> Dimensions,
    IReadOnlyList<Highlight> Strengths,
    IReadOnlyList<Highlight> Improvements,
    string Narrative,
    IReadOnlyList<ReportQuestion> Questions,
    ReportTiming Timing,
    ReportSources Sources)
{
    /// <summary>Length and filler-word statistics over all scored answers.</summary>
    public ReportStatistics Statistics { get; init; } = ReportStatistics.None;

    /// <summary>How the scored spoken answers were delivered, all together; null when none was spoken (never invented
    /// for typed answers).</summary>
    public InterviewDelivery? Delivery { get; init; }

    /// <summary>Voice availability and how each answer was given, for a voice interview; null for a text interview.</summary>
    public ReportVoice? Voice { get; init; }
}
