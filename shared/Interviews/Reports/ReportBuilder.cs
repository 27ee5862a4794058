using MockInterview.Interviewing;
using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviews;

/// <summary>Builds the report from the read model.</summary>
internal static class ReportBuilder
{
    public static InterviewReport Build(InterviewRecord interview, IReadOnlyList<TurnRecord> turns, InterviewSummary summary, DateTimeOffset completedAt, bool endedEarly)
    {
        var summaryStartedAt = interview.SummaryStartedAt ?? completedAt;
        var questions = turns.Select(t => ToQuestion(t, t.Asked.IsClosing ? completedAt : summaryStartedAt)).ToList();
        var scored = turns.Where(t => t.Evaluation is not null).ToList();
        var answerSources = scored.Select(t => t.Evaluation!.Source).ToList();
        var liveSources = scored.Select(t => t.LiveEvaluation?.Source).ToList();
        var rationales = turns.Where(t => !t.Asked.IsClosing).Select(t => t.Asked.Question.Rationale).ToList();
        var sources = new ReportSources(interview.Brain, answerSources.Distinct().ToList(), summary.Source)
        {
            Description = ReportFormatting.SourcesDescription(interview.Brain, answerSources, summary.Source, rationales, liveSources),
        };
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
            sources)
        {
            Statistics = Statistics(questions),
            Delivery = DeliveryAnalyzer.Aggregate(questions.Where(q => q.Score is not null && q.Delivery is not null).Select(q => q.Delivery!)),
            Voice = ReportVoice.From(interview.Voice, questions),
        };
    }

    /// <summary>Length and filler statistics over the scored answers (the closing answer is not scored).</summary>
    internal static ReportStatistics Statistics(IReadOnlyList<ReportQuestion> questions)
    {
        var answered = questions.Where(q => q.Score is not null && q.Statistics is { Words: > 0 }).ToList();
        if (answered.Count == 0)
        {
            return ReportStatistics.None;
        }

        var words = answered.Sum(q => q.Statistics!.Words);
        var fillers = answered.Sum(q => q.Statistics!.FillerWords);
        var longest = answered.MaxBy(q => q.Statistics!.Words)!;
        var shortest = answered.MinBy(q => q.Statistics!.Words)!;
        var top = answered.SelectMany(q => q.Statistics!.Fillers)
            .GroupBy(f => f.Key, StringComparer.Ordinal)
            .Select(g => new ReportFiller(g.Key, g.Sum(f => f.Value)))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Filler, StringComparer.Ordinal)
            .Take(5)
            .ToList();
        return new ReportStatistics(
            answered.Count,
            words,
            Math.Round(words / (double)answered.Count, 1),
            longest.Statistics!.Words,
            longest.Number,
            shortest.Statistics!.Words,
            shortest.Number,
            fillers,
            Math.Round(fillers * 100.0 / words, 1),
            top);
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
            evaluation?.Source)
        {
            ParentId = asked.Question.ParentQuestionId,
            Rationale = asked.Question.Rationale,
            StrongerAnswer = evaluation?.StrongerAnswer ?? [],
            LiveScore = evaluation is null || turn.LiveEvaluation is not { } live ? null : Math.Round(live.Score, 1),
            LiveSource = evaluation is null ? null : turn.LiveEvaluation?.Source,
            Statistics = turn.Answer is null ? null : AnswerStats(turn.Answer, evaluation),
            AnsweredBy = turn.Answer is null ? null : turn.By,
            Delivery = turn.Answer is null ? null : turn.Delivery,
            Caveat = evaluation?.Caveat,
        };
    }

    /// <summary>The brain's statistics; for an answer it did not measure (the closing one, or one stored before statistics
    /// existed) at least the words and sentences are counted here.</summary>
    private static AnswerStatistics AnswerStats(string answer, AnswerEvaluation? evaluation)
    {
        if (evaluation?.Statistics is { Words: > 0 } measured)
        {
            return measured;
        }

        var words = answer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        var sentences = words == 0 ? 0 : Math.Max(1, answer.Split(['.', '!', '?', '\n'], StringSplitOptions.RemoveEmptyEntries).Count(s => s.Any(char.IsLetterOrDigit)));
        return new AnswerStatistics(words, sentences, 0, new Dictionary<string, int>());
    }

    private static double Seconds(TimeSpan span) => Math.Max(0, Math.Round(span.TotalSeconds, 1));
}
