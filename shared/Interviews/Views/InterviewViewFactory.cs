namespace MockInterview.Interviews;

/// <summary>Builds the caller's view of an interview at a given time.</summary>
internal static class InterviewViewFactory
{
    public static InterviewView Create(InterviewRecord interview, IReadOnlyList<TurnRecord> turns, DateTimeOffset now)
    {
        // A question whose answer was accepted is not shown again while the workflow picks the next one.
        var current = interview.Current is { } asked && interview.PendingAnswerQuestionId != asked.Question.Id
            && interview.Phase != InterviewPhase.Completed ? asked : null;
        var phaseEnd = interview.Phase == InterviewPhase.Questions ? interview.QuestionsEndAt : interview.EndsAt;
        var completed = interview.Phase == InterviewPhase.Completed;
        return new InterviewView(
            interview.Id,
            interview.Mode,
            interview.Phase,
            new CandidateView(interview.Candidate.Name, interview.Candidate.Role, interview.Candidate.Seniority),
            current is null ? null : new QuestionView(
                current.Question.Id,
                current.Question.Text,
                MainQuestionNumber(current, turns),
                current.Question.IsFollowUp,
                current.Question.Category,
                current.AskedAt,
                current.AnswerDueAt)
            {
                ThinkingDueAt = current.AnsweringStartedAt is null ? current.ThinkingDueAt : null,
                AnsweringStartedAt = current.AnsweringStartedAt,
            },
            new DeadlinesView(interview.QuestionsEndAt, interview.EndsAt, current?.AnswerDueAt),
            new TimeLeftView(
                current is null ? null : SecondsLeft(current is { ThinkingDueAt: { } thinking, AnsweringStartedAt: null } ? thinking : current.AnswerDueAt, now),
                completed ? 0 : SecondsLeft(phaseEnd, now),
                completed ? 0 : SecondsLeft(interview.EndsAt, now)),
            turns.Select(t => new TranscriptEntryView(
                t.Asked.Question.Id,
                t.Asked.Question.Text,
                t.Asked.Question.IsFollowUp,
                t.Asked.AskedAt,
                t.Answer,
                t.AnsweredAt,
                t.TimedOut)
            {
                By = t.By,
                Delivery = t.Delivery,
            }).ToList(),
            interview.Summary,
            completed ? $"/api/interviews/{interview.Id}/report" : null)
        {
            AnswerMode = interview.Voice?.Current ?? AnswerMode.Text,
            Voice = VoiceView.From(interview.Voice),
        };
    }

    /// <summary>The candidate counts main questions: a follow-up carries the number of the question it follows up.</summary>
    private static int MainQuestionNumber(AskedQuestion current, IReadOnlyList<TurnRecord> turns) =>
        turns.Count(t => t.Asked.TurnIndex < current.TurnIndex && !t.Asked.Question.IsFollowUp && !t.Asked.IsClosing)
        + (current.Question.IsFollowUp ? 0 : 1);

    private static int SecondsLeft(DateTimeOffset until, DateTimeOffset now) =>
        (int)Math.Max(0, Math.Ceiling((until - now).TotalSeconds));
}
