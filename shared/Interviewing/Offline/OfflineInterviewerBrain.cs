using MockInterview.Interviewing.Bank;
using MockInterview.Interviewing.FollowUps;
using MockInterview.Interviewing.Planning;
using MockInterview.Interviewing.Scoring;
using MockInterview.Interviewing.Summaries;

namespace MockInterview.Interviewing;

/// <summary>The interviewer that needs no network: question bank, follow-up rules and heuristic scoring.</summary>
/// <remarks>Deterministic: every choice is seeded from the interview id, so a re-run workflow activity gets the same
/// result. The next main question adapts its level to how the recent answers scored. Public so that an LLM brain can
/// resolve it as its per-call fallback.</remarks>
public sealed class OfflineInterviewerBrain : IInterviewerBrain
{
    /// <summary>Below this much question time no new question is started.</summary>
    public static readonly TimeSpan MinimumTimeForQuestion = TimeSpan.FromSeconds(60);

    private readonly QuestionBank _bank;
    private readonly InterviewPlanner _planner;
    private readonly AdaptiveDifficulty _difficulty;
    private readonly AnswerScorer _scorer;
    private readonly FollowUpPolicy _followUps;
    private readonly SummaryWriter _summaries;

    internal OfflineInterviewerBrain(QuestionBank bank)
    {
        // Built here, once per bank, so that the first interview does not pay for it.
        _ = bank.Index;
        _bank = bank;
        _planner = new InterviewPlanner(bank);
        _difficulty = new AdaptiveDifficulty(bank, _planner);
        _scorer = new AnswerScorer(bank);
        _followUps = new FollowUpPolicy(_scorer, bank);
        _summaries = new SummaryWriter(_scorer);
    }

    /// <summary>An offline brain on the embedded question bank, for callers without dependency injection.</summary>
    public static OfflineInterviewerBrain CreateDefault() => new(QuestionBankLoader.Embedded);

    /// <inheritdoc />
    public string Name => AnswerScorer.Source;

    /// <summary>The bank's own wording of a question (a planned question may be asked in other words, e.g. tailored to
    /// a resume); null when the id is not a bank question's.</summary>
    public string? BankText(string questionId) => _bank.Find(questionId)?.Text;

    /// <inheritdoc />
    public Task<InterviewPlan> PlanAsync(PlanRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_planner.Plan(request));
    }

    /// <inheritdoc />
    public Task<InterviewQuestion?> NextQuestionAsync(NextQuestionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Next(request));
    }

    /// <inheritdoc />
    public Task<AnswerEvaluation> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_scorer.Evaluate(request));
    }

    /// <inheritdoc />
    /// <remarks>The offline scorer is deterministic and already final: the evaluations given live stand.</remarks>
    public Task<IReadOnlyList<AnswerEvaluation?>> ReviewAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<AnswerEvaluation?>>(request.Turns.Select(t => t.Evaluation).ToList());
    }

    /// <inheritdoc />
    public Task<InterviewSummary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_summaries.Summarize(request));
    }

    private InterviewQuestion? Next(NextQuestionRequest request)
    {
        if (request.TimeLeft < MinimumTimeForQuestion)
        {
            return null;
        }

        var askedMain = request.Turns.Where(t => !t.Question.IsFollowUp).Select(t => t.Question.Id).ToHashSet(StringComparer.Ordinal);
        var remaining = PlanProgress.Remaining(request.Plan, request.Turns);
        if (request.Turns.Count > 0 && request.MaxFollowUpsPerQuestion > 0 && _followUps.FollowUp(request, remaining.Count) is { } followUp)
        {
            return followUp;
        }

        if (remaining.Count > 0)
        {
            // The level follows the candidate: never a question asked or still planned.
            var excluded = askedMain.Concat(request.Plan.Questions.Select(q => q.Id)).ToHashSet(StringComparer.Ordinal);
            return _difficulty.Adapt(request, remaining[0], excluded);
        }

        return _planner.Extra(request.InterviewId, request.Mode, request.Candidate, askedMain)?.ToInterviewQuestion();
    }
}
