using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Interviewing;
using MockInterview.Interviewing.Delivery;
using MockInterview.Workflows;

namespace MockInterview.Interviews;

/// <summary>What callers can do with interviews: start, look, answer, end, watch, read the report.</summary>
/// <remarks>Refusals change nothing: state is checked in the read model first and the workflow event is raised
/// with a deduplication key, so of concurrent duplicates exactly one is accepted. Answers and end requests of one
/// interview are serialized (<see cref="InterviewLocks"/>) so that an accepted answer is never overtaken by an end.</remarks>
public sealed partial class InterviewService(
    IInterviewStore store,
    IWorkflowClient workflows,
    IInterviewerBrain brain,
    IInterviewNotifier notifier,
    IOptions<InterviewOptions> options,
    TimeProvider time,
    ILogger<InterviewService> logger)
{
    private readonly InterviewLocks locks = new();

    /// <summary>Plans the interview, records and returns its first question, and starts its workflow.</summary>
    public async Task<InterviewView> StartAsync(StartInterview request, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var timing = InterviewTiming.From(options.Value.For(request.Mode), request.DurationMinutes);
        var plan = await brain.PlanAsync(new PlanRequest(id, request.Mode, request.Candidate, timing.QuestionPhase), cancellationToken).ConfigureAwait(false);
        if (plan.Questions.Count == 0)
        {
            throw new InvalidOperationException($"The '{brain.Name}' brain planned no questions for a {request.Mode} interview.");
        }

        var now = time.GetUtcNow();
        var questionsEndAt = now + timing.QuestionPhase;
        var endsAt = questionsEndAt + timing.SummaryPhase;
        var voice = request.AnswerMode == AnswerMode.Voice
            ? new VoiceState(AnswerMode.Voice, AnswerMode.Voice, [], options.Value.Voice.ThinkingSeconds, options.Value.Voice.EndOfTurnSilenceSeconds)
            : null;
        var first = AnswerDeadlines.Ask(plan.Questions[0], 0, now, timing.AnswerTimeLimit, questionsEndAt, voice);
        var interview = new InterviewRecord(
            id, request.Owner, request.Mode, request.Candidate, plan, timing, brain.Name, InterviewPhase.Questions,
            first, null, null, now, questionsEndAt, endsAt, Voice: voice);

        // The record first: the workflow's activities read it.
        await store.CreateAsync(interview, CancellationToken.None).ConfigureAwait(false);
        try
        {
            await workflows.StartAsync(
                InterviewWorkflow.Name,
                new InterviewInput(id, request.Mode, request.Candidate, plan, timing, first, questionsEndAt, endsAt),
                new StartWorkflowOptions(new InstanceId(id)),
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not start the workflow of interview {InterviewId}; removing its record.", id);
            await store.DeleteAsync(id, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        logger.LogInformation("Interview {InterviewId} ({Mode}, {AnswerMode}) started for {Owner}.", id, request.Mode, request.AnswerMode, request.Owner);
        return InterviewViewFactory.Create(interview, [], now);
    }

    /// <summary>The caller's view of their interview, or null (unknown id, malformed id, or someone else's).</summary>
    public async Task<InterviewView?> GetAsync(string owner, string id, CancellationToken cancellationToken)
    {
        var interview = await LoadAsync(owner, id, cancellationToken).ConfigureAwait(false);
        return interview is null ? null : await ViewAsync(interview, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Accepts the typed answer to the current question, before its deadline, once. A voice interview accepts typed
    /// answers too (in text mode they are the fallback).</summary>
    public Task<InterviewResult<AnswerAccepted>> SubmitAnswerAsync(string owner, string id, string questionId, string text, CancellationToken cancellationToken) =>
        SubmitAsync(owner, id, questionId, text, null, cancellationToken);

    private async Task<InterviewResult<AnswerAccepted>> SubmitAsync(
        string owner, string id, string questionId, string text, SpokenAnswer? spoken, CancellationToken cancellationToken, AnswerArrival? arrival = null)
    {
        using var exclusive = await locks.AcquireAsync(id, cancellationToken).ConfigureAwait(false);
        var interview = await LoadAsync(owner, id, cancellationToken).ConfigureAwait(false);
        if (interview is null)
        {
            return InterviewResult<AnswerAccepted>.NotFound(id);
        }

        var now = time.GetUtcNow();
        // A spoken answer is judged when its audio arrived; it is accepted while the workflow holds the question for it.
        var judged = arrival?.QuestionId == questionId ? arrival : null;
        var refusal = spoken is not null && interview.Voice is null
            ? "This interview takes typed answers; start an interview with answerMode \"voice\" to answer by voice."
            : judged is null ? AnswerRefusal(interview, questionId, now)
            : AnswerRefusal(interview, questionId, judged.ArrivedAt)
                ?? (now < judged.AcceptUntil ? null : $"The answer to question '{questionId}' arrived in time but its transcript came too late (after {judged.AcceptUntil.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}).");
        if (refusal is not null)
        {
            return InterviewResult<AnswerAccepted>.Conflict(refusal);
        }

        var eventName = InterviewEvents.Answer(questionId);
        var submission = new AnswerSubmission(text, now) { Spoken = spoken, By = AnsweredByFor(interview, spoken) };
        try
        {
            await workflows.RaiseEventAsync(new InstanceId(id), eventName, submission, new RaiseEventOptions(eventName), cancellationToken).ConfigureAwait(false);
        }
        catch (DuplicateEventException)
        {
            return InterviewResult<AnswerAccepted>.Conflict($"Question '{questionId}' has already been answered.");
        }
        catch (Exception ex) when (ex is WorkflowNotRunningException or WorkflowNotFoundException)
        {
            return InterviewResult<AnswerAccepted>.Conflict("The interview has ended; answers are no longer accepted.");
        }

        await store.MarkAnswerPendingAsync(id, questionId, CancellationToken.None).ConfigureAwait(false);
        await notifier.PublishAsync(new InterviewChange(id, interview.Phase, null), CancellationToken.None).ConfigureAwait(false);
        return InterviewResult<AnswerAccepted>.Ok(new AnswerAccepted(questionId, true));
    }

    /// <summary>Ends the current phase: questions → summary, summary → report. Repeating it within a phase is harmless.</summary>
    public async Task<InterviewResult<EndAccepted>> EndAsync(string owner, string id, CancellationToken cancellationToken)
    {
        using var exclusive = await locks.AcquireAsync(id, cancellationToken).ConfigureAwait(false);
        var interview = await LoadAsync(owner, id, cancellationToken).ConfigureAwait(false);
        if (interview is null)
        {
            return InterviewResult<EndAccepted>.NotFound(id);
        }

        if (interview.Phase == InterviewPhase.Completed)
        {
            return InterviewResult<EndAccepted>.Conflict("The interview has already ended.");
        }

        // Marked before the event is raised so that answers arriving meanwhile are refused rather than lost.
        await store.MarkEndRequestedAsync(id, interview.Phase, CancellationToken.None).ConfigureAwait(false);
        try
        {
            await workflows.RaiseEventAsync(
                new InstanceId(id),
                InterviewEvents.End,
                new EndRequest(interview.Phase, time.GetUtcNow()),
                new RaiseEventOptions(InterviewEvents.EndKey(interview.Phase)),
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (DuplicateEventException)
        {
            // Already asked in this phase: the first request is being processed.
        }
        catch (Exception ex) when (ex is WorkflowNotRunningException or WorkflowNotFoundException)
        {
            return InterviewResult<EndAccepted>.Conflict("The interview has already ended.");
        }

        await notifier.PublishAsync(new InterviewChange(id, interview.Phase, interview.Current?.Question.Id), CancellationToken.None).ConfigureAwait(false);
        return InterviewResult<EndAccepted>.Ok(new EndAccepted(id, interview.Phase));
    }

    /// <summary>The report of a completed interview.</summary>
    public async Task<InterviewResult<InterviewReport>> GetReportAsync(string owner, string id, CancellationToken cancellationToken)
    {
        var interview = await LoadAsync(owner, id, cancellationToken).ConfigureAwait(false);
        if (interview is null)
        {
            return InterviewResult<InterviewReport>.NotFound(id);
        }

        return interview.Report is { } report
            ? InterviewResult<InterviewReport>.Ok(report)
            : InterviewResult<InterviewReport>.Conflict($"The report is written when the interview completes; it is in the {interview.Phase.ToString().ToLowerInvariant()} phase.");
    }

    /// <summary>The interview's view now and after every change, until it completes or <paramref name="cancellationToken"/> fires.</summary>
    /// <remarks>Call <see cref="GetAsync"/> first to check the caller may see it.</remarks>
    public async IAsyncEnumerable<InterviewView> WatchAsync(string id, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = notifier.Subscribe(id);
        while (true)
        {
            var interview = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (interview is null)
            {
                yield break;
            }

            yield return await ViewAsync(interview, cancellationToken).ConfigureAwait(false);
            if (interview.Phase == InterviewPhase.Completed)
            {
                yield break;
            }

            if (!await subscription.Changes.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield break;
            }

            while (subscription.Changes.TryRead(out _))
            {
            }
        }
    }

    private static string? AnswerRefusal(InterviewRecord interview, string questionId, DateTimeOffset now)
    {
        if (interview.Phase == InterviewPhase.Completed)
        {
            return "The interview has ended; answers are no longer accepted.";
        }

        if (interview.EndRequestedIn == interview.Phase)
        {
            return "The candidate asked to end this phase; answers are no longer accepted in it.";
        }

        if (interview.Current is not { } current)
        {
            return "No question is waiting for an answer right now; wait for the next question.";
        }

        if (current.Question.Id != questionId)
        {
            return $"Question '{questionId}' is not the current question; the current question is '{current.Question.Id}'.";
        }

        if (interview.PendingAnswerQuestionId == questionId)
        {
            return $"Question '{questionId}' has already been answered.";
        }

        // Strictly before the deadline: at the deadline the workflow's timer may already have won.
        if (current is { ThinkingDueAt: { } thinkingDue, AnsweringStartedAt: null } && now >= thinkingDue)
        {
            return $"The time to start answering question '{questionId}' ran out at {thinkingDue.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}.";
        }

        return now < current.AnswerDueAt
            ? null
            : $"The time to answer question '{questionId}' ran out at {current.AnswerDueAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}.";
    }

    private async Task<InterviewRecord?> LoadAsync(string owner, string id, CancellationToken cancellationToken)
    {
        if (!InterviewIds.IsValid(id))
        {
            return null;
        }

        var interview = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return interview is not null && string.Equals(interview.Owner, owner, StringComparison.Ordinal) ? interview : null;
    }

    private async Task<InterviewView> ViewAsync(InterviewRecord interview, CancellationToken cancellationToken)
    {
        var turns = await store.GetTurnsAsync(interview.Id, cancellationToken).ConfigureAwait(false);
        return InterviewViewFactory.Create(interview, turns, time.GetUtcNow());
    }
}
