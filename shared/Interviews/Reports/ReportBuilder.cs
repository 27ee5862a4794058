using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>Builds the report from the read model.</summary>
internal static class ReportBuilder
{
    public static InterviewReport Build(InterviewRecord interview, IReadOnlyList<TurnRecord> turns, InterviewSummary summary, DateTimeOffset completedAt, bool endedEarly)
    {
        var summaryStartedAt = interview.SummaryStartedAt ?? completedAt;
        var questions = turns.Select(t => ToQuestion(t, t.Asked.IsClosing ? completedAt : summaryStartedAt)).ToList();
        var evaluationSources = turns.Where(t => t.Evaluation is not null).Select(t => t.Evaluation!.Source).Distinct().ToList();
        return new InterviewReport(
            interview.Id,
            interview.Mode,
            new ReportCandidate(interview.Candidate.Name, interview.Candidate.Role, interview.Candidate.Seniority),
            interview.CreatedAt,
            completedAt,
            endedEarly,
            Math.Round(summary.OverallScore, 1),
            summary.Dimensions,
            summary.Strengths,
            summary.Improvements,
            summary.Narrative,
            questions,
            new ReportTiming(
                interview.Timing.QuestionPhase.TotalSeconds,
                Seconds(summaryStartedAt - interview.CreatedAt),
                interview.Timing.SummaryPhase.TotalSeconds,
                Seconds(completedAt - summaryStartedAt),
                Seconds(completedAt - interview.CreatedAt)),
            new ReportSources(interview.Brain, evaluationSources, summary.Source));
    }

    private static ReportQuestion ToQuestion(TurnRecord turn, DateTimeOffset phaseEndedAt)
    {
        var asked = turn.Asked;
        var evaluation = turn.Evaluation;
        var outcome = asked.IsClosing ? "unscored"
            : turn.Answer is not null ? "answered"
            : turn.TimedOut ? "timedOut"
            : "skipped";
        var endedAt = turn.AnsweredAt ?? (asked.AnswerDueAt < phaseEndedAt ? asked.AnswerDueAt : phaseEndedAt);
        return new ReportQuestion(
            asked.TurnIndex + 1,
            asked.Question.Id,
            asked.Question.Text,
            asked.Question.Category,
            asked.Question.IsFollowUp,
            turn.Answer,
            outcome,
            evaluation is null ? null : Math.Round(evaluation.Score, 1),
            evaluation?.Dimensions ?? new Dictionary<string, double>(),
            evaluation?.Flags ?? [],
            evaluation?.Feedback,
            evaluation?.Reasons ?? [],
            Seconds(endedAt - asked.AskedAt),
            evaluation?.Source);
    }

    private static double Seconds(TimeSpan span) => Math.Max(0, Math.Round(span.TotalSeconds, 1));
}
