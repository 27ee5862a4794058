using MockInterview.Interviewing;
using MockInterview.LlmInterviewer;

namespace MockInterview.Benchmarks;

/// <summary>One interview of the simulated day, driven through the brain as the interview workflow drives it: plan at the
/// start, then per answer the evaluation and the next question (AdvanceInterviewActivity), and once the questions are
/// over the review and the summary (BeginSummaryActivity). Its own clock: each answer takes 60–120 simulated seconds
/// (a timed-out one the whole answer time), the question phase lasts 15 minutes, at most 2 follow-ups per question.</summary>
/// <remarks>Each <see cref="StepAsync"/> runs what happens at one simulated instant and says when the next one is due,
/// so the day can run many interviews' steps together in time order.</remarks>
internal sealed class RouterDayInterview(RouterDayCandidate candidate, RouterDayAnswers answers)
{
    public static readonly TimeSpan QuestionPhase = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan AnswerTimeLimit = TimeSpan.FromSeconds(180);
    public const int MaxFollowUpsPerQuestion = 2;

    private readonly Random random = new(candidate.Seed);
    private readonly List<AnsweredTurn> turns = [];
    private InterviewPlan? plan;
    private InterviewQuestion? current;
    private string? pendingAnswer;

    /// <summary>When the next step is due; null once the interview is over.</summary>
    public DateTimeOffset? NextAt { get; private set; } = candidate.Start;

    private DateTimeOffset QuestionsEndAt => candidate.Start + QuestionPhase;

    /// <summary>Parts the offline brain gave because an LLM call failed: questions whose rationale, and final evaluations
    /// and summaries whose source, is marked offline-fallback.</summary>
    public int FallbackParts { get; private set; }

    /// <summary>Questions answered, timed out or left open.</summary>
    public int Turns => turns.Count;

    /// <summary>Runs the step due at <see cref="NextAt"/>.</summary>
    public async Task StepAsync(IInterviewerBrain brain, CancellationToken cancellationToken)
    {
        var now = NextAt ?? throw new InvalidOperationException($"Interview {candidate.Id} is over.");
        if (plan is null)
        {
            plan = await brain.PlanAsync(new PlanRequest(candidate.Id, candidate.Mode, candidate.Profile, QuestionPhase), cancellationToken).ConfigureAwait(false);
            FallbackParts += plan.Questions.Count(q => IsFallback(q.Rationale));
            Ask(plan.Questions[0], now);
            return;
        }

        var question = current!;
        if (now >= QuestionsEndAt)
        {
            // The question phase ended while this question was open: noted unanswered, then the summary.
            turns.Add(new AnsweredTurn(question, null, null, TimedOut: false));
            await FinishAsync(brain, cancellationToken).ConfigureAwait(false);
            return;
        }

        var answer = pendingAnswer;
        AnswerEvaluation? evaluation = null;
        if (answer is not null)
        {
            var earlier = turns.Where(t => t.Answer is not null).Select(t => t.Answer!).ToList();
            evaluation = await brain.EvaluateAsync(new EvaluationRequest(candidate.Mode, question, answer, earlier), cancellationToken).ConfigureAwait(false);
        }

        turns.Add(new AnsweredTurn(question, answer, evaluation, TimedOut: answer is null));
        var left = QuestionsEndAt - now;
        var next = left > TimeSpan.Zero
            ? await brain.NextQuestionAsync(
                new NextQuestionRequest(candidate.Id, candidate.Mode, candidate.Profile, plan, turns.ToList(), left, MaxFollowUpsPerQuestion),
                cancellationToken).ConfigureAwait(false)
            : null;
        if (next is null || turns.Any(t => t.Question.Id == next.Id))
        {
            await FinishAsync(brain, cancellationToken).ConfigureAwait(false);
            return;
        }

        FallbackParts += IsFallback(next.Rationale) ? 1 : 0;
        Ask(next, now);
    }

    /// <summary>Ends the interview where it is (after a brain call threw).</summary>
    public void Abandon() => NextAt = null;

    private void Ask(InterviewQuestion question, DateTimeOffset now)
    {
        current = question;
        pendingAnswer = answers.For(question, candidate.Id, turns.Count, random);

        // 60–120 s to answer; a question left unanswered takes the whole answer time. The question phase ends it either way.
        var due = now + (pendingAnswer is null ? AnswerTimeLimit : TimeSpan.FromSeconds(60 + random.Next(61)));
        NextAt = due < QuestionsEndAt ? due : QuestionsEndAt;
    }

    private async Task FinishAsync(IInterviewerBrain brain, CancellationToken cancellationToken)
    {
        var reviewed = await brain.ReviewAsync(new ReviewRequest(candidate.Id, candidate.Mode, candidate.Profile, turns), cancellationToken).ConfigureAwait(false);
        var final = turns.Select((t, i) => i < reviewed.Count && reviewed[i] is { } e ? t with { Evaluation = e } : t).ToList();
        FallbackParts += final.Count(t => IsFallback(t.Evaluation?.Source));
        var summary = await brain.SummarizeAsync(new SummaryRequest(candidate.Id, candidate.Mode, candidate.Profile, final), cancellationToken).ConfigureAwait(false);
        FallbackParts += IsFallback(summary.Source) ? 1 : 0;
        NextAt = null;
    }

    private static bool IsFallback(string? sourceOrRationale) =>
        sourceOrRationale is not null && sourceOrRationale.Contains(LlmSources.OfflineFallback, StringComparison.Ordinal);
}
