namespace MockInterview.Interviews;

/// <summary>Planned and used time per phase, in seconds.</summary>
public sealed record ReportTiming(
    double QuestionPhasePlannedSeconds,
    double QuestionPhaseUsedSeconds,
    double SummaryPhasePlannedSeconds,
    double SummaryPhaseUsedSeconds,
    double TotalSeconds);
