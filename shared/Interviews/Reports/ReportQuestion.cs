using MockInterview.Interviewing;
using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviews;

/// <summary>One question of the report.</summary>
/// <param name="Number">1-based position.</param>
/// <param name="Id">The question's id.</param>
/// <param name="Text">The question.</param>
/// <param name="Category">e.g. behavioral; closing for the unscored closing question.</param>
/// <param name="IsFollowUp">A follow-up of an earlier question.</param>
/// <param name="Answer">The answer; null when unanswered.</param>
/// <param name="Outcome">answered, timedOut, skipped (the interview ended first) or unscored (closing).</param>
/// <param name="Score">0–10; null when not scored.</param>
/// <param name="Dimensions">0–10 per dimension; empty when not scored.</param>
/// <param name="Flags">Problems found in the answer.</param>
/// <param name="Feedback">Feedback on the answer.</param>
/// <param name="Reasons">Why the score is what it is.</param>
/// <param name="SecondsUsed">Seconds from asking to answering (or to the deadline).</param>
/// <param name="Source">Which brain gave the final score; null when not scored.</param>
public sealed record ReportQuestion(
    int Number,
    string Id,
    string Text,
    string Category,
    bool IsFollowUp,
    string? Answer,
    string Outcome,
    double? Score,
    IReadOnlyDictionary<string, double> Dimensions,
    IReadOnlyList<AnswerFlag> Flags,
    string? Feedback,
    IReadOnlyList<string> Reasons,
    double SecondsUsed,
    string? Source)
{
    /// <summary>The main question this follows up; null for a main question.</summary>
    public string? ParentId { get; init; }

    /// <summary>Why the interviewer asked it (the plan's reason, or what a follow-up targets).</summary>
    public string? Rationale { get; init; }

    /// <summary>An outline of a stronger answer, in the order a good answer goes; empty when not scored or nothing to add.</summary>
    public IReadOnlyList<string> StrongerAnswer { get; init; } = [];

    /// <summary>The score given during the interview, when the brain's final review at the end graded the answer again
    /// (<see cref="Score"/> is then the final grade); null when the score given during the interview is final.</summary>
    public double? LiveScore { get; init; }

    /// <summary>Which brain gave <see cref="LiveScore"/>; null when the score given during the interview is final.</summary>
    public string? LiveSource { get; init; }

    /// <summary>Length and filler words of the answer; null when not answered.</summary>
    public AnswerStatistics? Statistics { get; init; }

    /// <summary>How the answer was given, in a voice interview; null in a text interview or when unanswered.</summary>
    public AnsweredBy? AnsweredBy { get; init; }

    /// <summary>How a spoken answer was delivered (pace, pauses, fillers, confidence); null for a typed answer.</summary>
    public SpeechDelivery? Delivery { get; init; }

    /// <summary>Why the evaluation is less certain than usual (an imperfect transcript); null when there is no such reason.</summary>
    public string? Caveat { get; init; }
}
