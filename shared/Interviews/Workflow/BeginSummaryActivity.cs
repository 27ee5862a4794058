using Microsoft.Extensions.Logging;
using MockInterview.Interviewing;
using MockInterview.Workflows;

namespace MockInterview.Interviews;

/// <summary>Starts the summary phase: notes an open question as unanswered, has the brain review every answer (its final
/// evaluations replace those given during the interview), stores the brain's summary of the final evaluations and asks
/// the closing question, due at the end of the summary phase.</summary>
/// <remarks>Idempotent: a second attempt finds the phase already moved and returns the stored closing question; one
/// after a stored review reuses it. A review that fails or gives an unusable result leaves the live evaluations final:
/// the interview still finishes.</remarks>
internal sealed class BeginSummaryActivity(
    IInterviewStore store,
    IInterviewerBrain brain,
    IInterviewNotifier notifier,
    TimeProvider time,
    ILogger<BeginSummaryActivity> logger) : Activity<BeginSummaryInput, AskedQuestion>
{
    public const string Name = "BeginSummary";

    public override async Task<AskedQuestion> RunAsync(ActivityContext context, BeginSummaryInput input)
    {
        var ct = context.CancellationToken;
        var interview = await store.GetRequiredAsync(input.InterviewId, ct).ConfigureAwait(false);
        if (interview.Phase != InterviewPhase.Questions)
        {
            return interview.Current ?? await RestoreClosingAsync(interview, input, ct).ConfigureAwait(false);
        }

        if (input.Unanswered is { } open)
        {
            await store.UpsertTurnAsync(new TurnRecord(interview.Id, open, null, null, TimedOut: false, null), ct).ConfigureAwait(false);
        }

        var turns = await store.GetTurnsAsync(interview.Id, ct).ConfigureAwait(false);
        turns = await ReviewAsync(interview, turns, ct).ConfigureAwait(false);
        var summary = await brain.SummarizeAsync(
            new SummaryRequest(interview.Id, interview.Mode, interview.Candidate, turns.Select(t => t.ToAnsweredTurn()).ToList()),
            ct).ConfigureAwait(false);

        var now = time.GetUtcNow();
        var summaryEnd = now + interview.Timing.SummaryPhase;
        var closing = new AskedQuestion(AskedQuestion.Closing, input.ClosingTurnIndex, now, summaryEnd < interview.EndsAt ? summaryEnd : interview.EndsAt);
        await store.BeginSummaryAsync(interview.Id, summary, closing, now, ct).ConfigureAwait(false);

        var stored = await store.GetAsync(interview.Id, ct).ConfigureAwait(false);
        var result = stored?.Current ?? closing;
        await notifier.PublishAsync(new InterviewChange(interview.Id, InterviewPhase.Summary, result.Question.Id), ct).ConfigureAwait(false);
        return result;
    }

    /// <summary>The turns with the final review applied and stored; the turns as they are when there is nothing usable.</summary>
    private async Task<IReadOnlyList<TurnRecord>> ReviewAsync(InterviewRecord interview, IReadOnlyList<TurnRecord> turns, CancellationToken ct)
    {
        if (FinalReview.AlreadyApplied(turns))
        {
            return turns;
        }

        IReadOnlyList<AnswerEvaluation?>? reviewed;
        try
        {
            reviewed = await brain.ReviewAsync(FinalReview.Request(interview, turns), ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && ct.IsCancellationRequested))
        {
            // The type only: a message may quote the candidate's answers.
            logger.LogWarning("The final review of interview {InterviewId} by brain {Brain} failed ({ErrorType}); the evaluations given during the interview stand.",
                interview.Id, brain.Name, ex.GetType().FullName);
            return turns;
        }

        if (reviewed is null || reviewed.Count != turns.Count)
        {
            logger.LogWarning("The final review of interview {InterviewId} by brain {Brain} gave {Count} evaluations for {Turns} turns; ignored, the evaluations given during the interview stand.",
                interview.Id, brain.Name, reviewed?.Count, turns.Count);
            return turns;
        }

        var (revised, changed) = FinalReview.Apply(turns, reviewed, out var ignored);
        if (ignored > 0)
        {
            logger.LogWarning("The final review of interview {InterviewId} by brain {Brain} evaluated {Count} unanswered turns; those evaluations were ignored.",
                interview.Id, brain.Name, ignored);
        }

        await store.ReviseEvaluationsAsync(interview.Id, changed, ct).ConfigureAwait(false);
        return revised;
    }

    /// <summary>The interview moved past the summary already (a retry after completion): rebuild the closing question from its turn.</summary>
    private async Task<AskedQuestion> RestoreClosingAsync(InterviewRecord interview, BeginSummaryInput input, CancellationToken ct)
    {
        var turns = await store.GetTurnsAsync(interview.Id, ct).ConfigureAwait(false);
        return turns.FirstOrDefault(t => t.Asked.IsClosing)?.Asked
            ?? new AskedQuestion(AskedQuestion.Closing, input.ClosingTurnIndex, interview.SummaryStartedAt ?? interview.CreatedAt, interview.EndsAt);
    }
}
