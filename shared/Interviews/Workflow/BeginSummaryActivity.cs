using MockInterview.Interviewing;
using MockInterview.Workflows;

namespace MockInterview.Interviews;

/// <summary>Starts the summary phase: notes an open question as unanswered, stores the brain's summary and asks the
/// closing question, due at the end of the summary phase.</summary>
/// <remarks>Idempotent: a second attempt finds the phase already moved and returns the stored closing question.</remarks>
internal sealed class BeginSummaryActivity(
    IInterviewStore store,
    IInterviewerBrain brain,
    IInterviewNotifier notifier,
    TimeProvider time) : Activity<BeginSummaryInput, AskedQuestion>
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

    /// <summary>The interview moved past the summary already (a retry after completion): rebuild the closing question from its turn.</summary>
    private async Task<AskedQuestion> RestoreClosingAsync(InterviewRecord interview, BeginSummaryInput input, CancellationToken ct)
    {
        var turns = await store.GetTurnsAsync(interview.Id, ct).ConfigureAwait(false);
        return turns.FirstOrDefault(t => t.Asked.IsClosing)?.Asked
            ?? new AskedQuestion(AskedQuestion.Closing, input.ClosingTurnIndex, interview.SummaryStartedAt ?? interview.CreatedAt, interview.EndsAt);
    }
}
