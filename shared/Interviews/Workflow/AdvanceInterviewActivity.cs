using MockInterview.Interviewing;
using MockInterview.Interviewing.Delivery;
using MockInterview.Workflows;

namespace MockInterview.Interviews;

/// <summary>Records the finished turn (evaluated when answered) and asks the next question, or none when the
/// question phase is over.</summary>
/// <remarks>Idempotent: the turn is keyed by its index and a question already made current by an earlier attempt
/// is returned as it is.</remarks>
internal sealed class AdvanceInterviewActivity(
    IInterviewStore store,
    IInterviewerBrain brain,
    IInterviewNotifier notifier,
    TimeProvider time) : Activity<AdvanceInterviewInput, AskedQuestion?>
{
    public const string Name = "AdvanceInterview";

    public override async Task<AskedQuestion?> RunAsync(ActivityContext context, AdvanceInterviewInput input)
    {
        var ct = context.CancellationToken;
        var interview = await store.GetRequiredAsync(input.InterviewId, ct).ConfigureAwait(false);
        var finished = input.Finished;
        if (interview.Phase != InterviewPhase.Questions)
        {
            return null;
        }

        if (interview.Current is { } already && already.TurnIndex > finished.TurnIndex)
        {
            return already;
        }

        var turns = (await store.GetTurnsAsync(input.InterviewId, ct).ConfigureAwait(false)).ToList();
        var turn = turns.FirstOrDefault(t => t.Asked.TurnIndex == finished.TurnIndex);
        if (turn is null)
        {
            turn = await RecordTurnAsync(interview, turns, input, ct).ConfigureAwait(false);
            turns.Add(turn);
        }

        var now = time.GetUtcNow();
        var left = interview.QuestionsEndAt - now;
        InterviewQuestion? question = null;
        if (left > TimeSpan.Zero)
        {
            question = await brain.NextQuestionAsync(
                new NextQuestionRequest(
                    interview.Id,
                    interview.Mode,
                    interview.Candidate,
                    interview.Plan,
                    turns.OrderBy(t => t.Asked.TurnIndex).Select(t => t.ToAnsweredTurn()).ToList(),
                    left,
                    interview.Timing.MaxFollowUpsPerQuestion),
                ct).ConfigureAwait(false);
        }

        // An id asked before would reuse its event name and deduplication key; treat it as nothing left to ask.
        if (question is not null && turns.Any(t => t.Asked.Question.Id == question.Id))
        {
            question = null;
        }

        var next = question is null ? null : AnswerDeadlines.Ask(question, finished.TurnIndex + 1, now, interview.Timing.AnswerTimeLimit, interview.QuestionsEndAt, interview.Voice);
        AskedQuestion? result = next;
        if (!await store.SetCurrentQuestionAsync(interview.Id, finished.TurnIndex, next, ct).ConfigureAwait(false))
        {
            // An earlier attempt got there first (or the phase ended): report what the store holds.
            var stored = await store.GetAsync(interview.Id, ct).ConfigureAwait(false);
            result = stored?.Current is { } current && current.TurnIndex > finished.TurnIndex ? current : null;
        }
        await notifier.PublishAsync(new InterviewChange(interview.Id, InterviewPhase.Questions, result?.Question.Id), ct).ConfigureAwait(false);
        return result;
    }

    private async Task<TurnRecord> RecordTurnAsync(InterviewRecord interview, IReadOnlyList<TurnRecord> earlier, AdvanceInterviewInput input, CancellationToken ct)
    {
        AnswerEvaluation? evaluation = null;
        var delivery = input.Answer?.Spoken is { } spoken ? DeliveryAnalyzer.Analyze(spoken) : null;
        if (input.Answer is { } answer)
        {
            evaluation = await brain.EvaluateAsync(
                new EvaluationRequest(
                    interview.Mode,
                    input.Finished.Question,
                    answer.Text,
                    earlier.Where(t => t.Answer is not null).Select(t => t.Answer!).ToList())
                {
                    Delivery = delivery,
                },
                ct).ConfigureAwait(false);
        }

        var turn = new TurnRecord(interview.Id, input.Finished, input.Answer?.Text, input.Answer?.SubmittedAt, TimedOut: input.Answer is null, evaluation)
        {
            Delivery = delivery,
            By = input.Answer?.By,
        };
        await store.UpsertTurnAsync(turn, ct).ConfigureAwait(false);
        return turn;
    }
}
