using MockInterview.Workflows;

namespace MockInterview.Interviews;

/// <summary>Runs one interview on the clock: questions until the Q&amp;A deadline or an end request, a summary
/// phase with a closing question, then the report.</summary>
/// <remarks>Replayed from history: only context time and context calls here; every side effect is an activity.</remarks>
internal sealed class InterviewWorkflow : Workflow<InterviewInput, InterviewOutcome>
{
    public const string Name = nameof(InterviewWorkflow);

    public override async Task<InterviewOutcome> RunAsync(WorkflowContext context, InterviewInput input)
    {
        // One waiter for the whole question phase, so that an end request is never missed between questions.
        var endRequested = context.WaitForExternalEvent<EndRequest>(InterviewEvents.End);
        AskedQuestion? current = input.FirstQuestion;
        AskedQuestion? unanswered = null;
        var endedEarly = false;
        var lastTurnIndex = input.FirstQuestion.TurnIndex;
        while (current is not null)
        {
            lastTurnIndex = current.TurnIndex;
            context.SetCustomStatus(new InterviewStatus(InterviewPhase.Questions, current.Question.Id, current.TurnIndex));
            if (endRequested.IsCompleted)
            {
                (unanswered, endedEarly) = (current, true);
                break;
            }

            AnswerSubmission? answer;
            (answer, current) = current.ThinkingDueAt is null
                ? (await WaitForAnswerAsync(context, current, endRequested), current)
                : await WaitForSpokenAnswerAsync(context, current, endRequested);
            if (answer is null && endRequested.IsCompleted)
            {
                (unanswered, endedEarly) = (current, true);
                break;
            }

            current = await context.CallActivityAsync<AskedQuestion?>(
                AdvanceInterviewActivity.Name, new AdvanceInterviewInput(input.InterviewId, current, answer));
        }

        context.SetCustomStatus(new InterviewStatus(InterviewPhase.Summary, null, null));
        var closing = await context.CallActivityAsync<AskedQuestion>(
            BeginSummaryActivity.Name, new BeginSummaryInput(input.InterviewId, unanswered, lastTurnIndex + 1));

        // An end request in the question phase was consumed; the summary phase listens for its own.
        if (endRequested.IsCompleted)
        {
            endRequested = context.WaitForExternalEvent<EndRequest>(InterviewEvents.End);
        }

        context.SetCustomStatus(new InterviewStatus(InterviewPhase.Summary, closing.Question.Id, closing.TurnIndex));
        var closingAnswer = await WaitForAnswerAsync(context, closing, endRequested);
        var outcome = await context.CallActivityAsync<InterviewOutcome>(
            WriteReportActivity.Name, new WriteReportInput(input.InterviewId, closing, closingAnswer, endedEarly));
        context.SetCustomStatus(new InterviewStatus(InterviewPhase.Completed, null, null));
        return outcome;
    }

    /// <summary>A question with a thinking deadline (voice): the answer, or the start of answering and then the answer within
    /// the answer time from that start; null when the thinking time or the answer time ran out or an end request came
    /// first. Returns the question with the deadline that applied.</summary>
    /// <remarks>Only questions that carry <see cref="AskedQuestion.ThinkingDueAt"/> come here, so text interviews and
    /// histories recorded before voice existed replay the same decisions as before.</remarks>
    private static async Task<(AnswerSubmission? Answer, AskedQuestion Question)> WaitForSpokenAnswerAsync(WorkflowContext context, AskedQuestion question, Task<EndRequest> endRequested)
    {
        using var cancelAnswer = new CancellationTokenSource();
        using var cancelThinking = new CancellationTokenSource();
        var answer = context.WaitForExternalEvent<AnswerSubmission>(InterviewEvents.Answer(question.Question.Id), cancelAnswer.Token);
        var transcribing = context.WaitForExternalEvent<AnswerTranscribing>(InterviewEvents.Transcribing(question.Question.Id), cancelAnswer.Token);
        var started = context.WaitForExternalEvent<AnsweringStarted>(InterviewEvents.AnsweringStarted(question.Question.Id), cancelThinking.Token);
        var thinking = context.CreateTimer(question.ThinkingDueAt!.Value.UtcDateTime, cancelThinking.Token);
        var first = await Task.WhenAny(answer, started, thinking, endRequested);
        cancelThinking.Cancel();
        if (first != started)
        {
            cancelAnswer.Cancel();
            return (first == answer ? await answer : null, question);
        }

        var begun = await started;
        question = question with { AnsweringStartedAt = begun.At, AnswerDueAt = begun.AnswerDueAt };
        using var cancelDeadline = new CancellationTokenSource();
        var deadline = context.CreateTimer(begun.AnswerDueAt.UtcDateTime, cancelDeadline.Token);
        var second = await Task.WhenAny(answer, deadline, endRequested);
        cancelDeadline.Cancel();
        var given = second == answer ? await answer
            : second == deadline ? await HoldForTranscriptAsync(context, answer, transcribing, endRequested)
            : null;
        cancelAnswer.Cancel();
        return (given, question);
    }

    /// <summary>The answer, or null when the deadline passed or an end request came first.</summary>
    private static async Task<AnswerSubmission?> WaitForAnswerAsync(WorkflowContext context, AskedQuestion question, Task<EndRequest> endRequested)
    {
        using var cancel = new CancellationTokenSource();
        using var cancelDeadline = new CancellationTokenSource();
        var answer = context.WaitForExternalEvent<AnswerSubmission>(InterviewEvents.Answer(question.Question.Id), cancel.Token);
        var transcribing = context.WaitForExternalEvent<AnswerTranscribing>(InterviewEvents.Transcribing(question.Question.Id), cancel.Token);
        var deadline = context.CreateTimer(question.AnswerDueAt.UtcDateTime, cancelDeadline.Token);
        var first = await Task.WhenAny(answer, deadline, endRequested);
        cancelDeadline.Cancel();
        var given = first == answer ? await answer
            : first == deadline ? await HoldForTranscriptAsync(context, answer, transcribing, endRequested)
            : null;

        // Abandons the losers; synchronous on purpose: workflow code must not hop threads.
        cancel.Cancel();
        return given;
    }

    /// <summary>The deadline passed: when a spoken answer arrived before it and is still being transcribed, waits for it
    /// until the bounded hold that came with it; otherwise null at once.</summary>
    /// <remarks>Replay-safe: the hold's timer exists only when the <c>transcribing</c> event precedes the deadline in the
    /// history, so histories without that event replay the same decisions as before.</remarks>
    private static async Task<AnswerSubmission?> HoldForTranscriptAsync(
        WorkflowContext context, Task<AnswerSubmission> answer, Task<AnswerTranscribing> transcribing, Task<EndRequest> endRequested)
    {
        if (!transcribing.IsCompletedSuccessfully || endRequested.IsCompleted)
        {
            return null;
        }

        using var cancelHold = new CancellationTokenSource();
        var hold = context.CreateTimer((await transcribing).HoldUntil.UtcDateTime, cancelHold.Token);
        var first = await Task.WhenAny(answer, hold, endRequested);
        cancelHold.Cancel();
        return first == answer ? await answer : null;
    }
}
