using Microsoft.Extensions.Logging;
using MockInterview.Interviewing.Delivery;
using MockInterview.Workflows;

namespace MockInterview.Interviews;

/// <summary>The voice side of <see cref="InterviewService"/>: spoken answers, the start of an answer (turn-taking) and
/// the switch between voice and text mode.</summary>
public sealed partial class InterviewService
{
    /// <summary>Reason recorded when the app switches to text mode without one.</summary>
    public const string DefaultTextModeReason = "The speech service did not answer in time.";

    /// <summary>Reason recorded when voice resumes.</summary>
    public const string VoiceResumedReason = "The speech service is available again.";

    /// <summary>The longest a spoken answer being transcribed holds its question open past the deadline.</summary>
    public static readonly TimeSpan MaxTranscriptHold = TimeSpan.FromSeconds(60);

    /// <summary>Accepts a spoken answer to the current question of a voice interview, with the same refusals as a typed
    /// answer (not the current question, past its deadline, ended); its delivery is measured when the turn is recorded.</summary>
    public Task<InterviewResult<AnswerAccepted>> SubmitSpokenAnswerAsync(string owner, string id, string questionId, SpokenAnswer answer, CancellationToken cancellationToken) =>
        SubmitSpokenAnswerAsync(owner, id, questionId, answer, null, cancellationToken);

    /// <summary>Accepts a spoken answer whose audio arrived at <paramref name="arrival"/> (see
    /// <see cref="SpokenAnswerArrivedAsync"/>): it is judged against its arrival time, and accepted while the question
    /// is held open for it.</summary>
    public Task<InterviewResult<AnswerAccepted>> SubmitSpokenAnswerAsync(string owner, string id, string questionId, SpokenAnswer answer, AnswerArrival? arrival, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return SubmitAsync(owner, id, questionId, answer.Text ?? string.Empty, answer, cancellationToken, arrival);
    }

    /// <summary>A spoken answer to the current question of a voice interview arrived and is about to be transcribed. When
    /// transcription could end after the question's deadline, the workflow is told (replay-safe event) to hold the
    /// question open for at most <paramref name="hold"/> (capped at <see cref="MaxTranscriptHold"/>) from now, so that an
    /// answer given in time is not lost to the time it takes to transcribe. Refused like an answer when it is too late.</summary>
    public async Task<InterviewResult<AnswerArrival>> SpokenAnswerArrivedAsync(string owner, string id, string questionId, TimeSpan hold, CancellationToken cancellationToken)
    {
        using var exclusive = await locks.AcquireAsync(id, cancellationToken).ConfigureAwait(false);
        var interview = await LoadAsync(owner, id, cancellationToken).ConfigureAwait(false);
        if (interview is null)
        {
            return InterviewResult<AnswerArrival>.NotFound(id);
        }

        if (interview.Voice is null)
        {
            return InterviewResult<AnswerArrival>.Conflict("This interview takes typed answers; start an interview with answerMode \"voice\" to answer by voice.");
        }

        var now = time.GetUtcNow();
        if (AnswerRefusal(interview, questionId, now) is { } refusal)
        {
            return InterviewResult<AnswerArrival>.Conflict(refusal);
        }

        var current = interview.Current!;
        var holdUntil = now + TimeSpan.FromTicks(Math.Clamp(hold.Ticks, 0, MaxTranscriptHold.Ticks));
        var unheld = InterviewResult<AnswerArrival>.Ok(new AnswerArrival(questionId, now, current.AnswerDueAt));

        // Nothing to hold when transcription ends before the deadline anyway, or while the thinking time runs (the workflow
        // holds only a question whose answer time runs).
        if (holdUntil <= current.AnswerDueAt || current is { ThinkingDueAt: not null, AnsweringStartedAt: null })
        {
            return unheld;
        }

        var eventName = InterviewEvents.Transcribing(questionId);
        try
        {
            await workflows.RaiseEventAsync(new InstanceId(id), eventName, new AnswerTranscribing(now, holdUntil), new RaiseEventOptions(eventName), CancellationToken.None).ConfigureAwait(false);
        }
        catch (DuplicateEventException)
        {
            // An earlier upload already holds the question, until a time not known here: no hold is promised to this one.
            return unheld;
        }
        catch (Exception ex) when (ex is WorkflowNotRunningException or WorkflowNotFoundException)
        {
            return InterviewResult<AnswerArrival>.Conflict("The interview has ended; answers are no longer accepted.");
        }

        return InterviewResult<AnswerArrival>.Ok(new AnswerArrival(questionId, now, holdUntil));
    }

    /// <summary>The candidate started answering the current question of a voice interview (the client heard speech, or
    /// answer audio arrived): the thinking limit stops and the answer time runs from now, capped by the end of the
    /// question phase. Repeats change nothing; a question without a thinking limit (asked in text mode) is left as it is.</summary>
    public async Task<InterviewResult<AnsweringStartedAccepted>> SpeechStartedAsync(string owner, string id, string questionId, CancellationToken cancellationToken)
    {
        using var exclusive = await locks.AcquireAsync(id, cancellationToken).ConfigureAwait(false);
        var interview = await LoadAsync(owner, id, cancellationToken).ConfigureAwait(false);
        if (interview is null)
        {
            return InterviewResult<AnsweringStartedAccepted>.NotFound(id);
        }

        if (interview.Voice is null)
        {
            return InterviewResult<AnsweringStartedAccepted>.Conflict("This interview takes typed answers; it has no thinking time to stop.");
        }

        var now = time.GetUtcNow();
        if (AnswerRefusal(interview, questionId, now) is { } refusal)
        {
            return InterviewResult<AnsweringStartedAccepted>.Conflict(refusal);
        }

        var current = interview.Current!;
        return current is { ThinkingDueAt: not null, AnsweringStartedAt: null }
            ? await StartAnsweringAsync(interview, current, now, "speech").ConfigureAwait(false)
            : InterviewResult<AnsweringStartedAccepted>.Ok(new AnsweringStartedAccepted(questionId, current.AnsweringStartedAt ?? current.AskedAt, current.AnswerDueAt));
    }

    /// <summary>Voice is unavailable (the speech worker did not answer in time): the interview goes on in text mode and
    /// says so. A question waiting for the candidate to start speaking gets its full answer time from now, to type in.
    /// Idempotent: asking again while in text mode changes nothing.</summary>
    public Task<InterviewResult<VoiceModeAccepted>> SwitchToTextAsync(string id, string? reason, CancellationToken cancellationToken) =>
        SwitchAsync(id, AnswerMode.Text, string.IsNullOrWhiteSpace(reason) ? DefaultTextModeReason : reason.Trim(), cancellationToken);

    /// <summary>Voice is available again: questions asked from now on are answered by voice (the current one keeps its
    /// deadline). Idempotent.</summary>
    public Task<InterviewResult<VoiceModeAccepted>> ResumeVoiceAsync(string id, CancellationToken cancellationToken) =>
        SwitchAsync(id, AnswerMode.Voice, VoiceResumedReason, cancellationToken);

    private async Task<InterviewResult<VoiceModeAccepted>> SwitchAsync(string id, AnswerMode to, string reason, CancellationToken cancellationToken)
    {
        using var exclusive = await locks.AcquireAsync(id, cancellationToken).ConfigureAwait(false);
        var interview = InterviewIds.IsValid(id) ? await store.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
        if (interview is null)
        {
            return InterviewResult<VoiceModeAccepted>.NotFound(id);
        }

        if (interview.Voice is null)
        {
            return InterviewResult<VoiceModeAccepted>.Conflict("This interview takes typed answers; it has no voice mode.");
        }

        if (interview.Phase == InterviewPhase.Completed)
        {
            return InterviewResult<VoiceModeAccepted>.Conflict("The interview has already ended.");
        }

        var now = time.GetUtcNow();
        var changed = await store.SwitchVoiceModeAsync(id, to, now, reason, CancellationToken.None).ConfigureAwait(false);
        if (changed)
        {
            logger.LogInformation("Interview {InterviewId} switched to {AnswerMode} mode: {Reason}", id, to, reason);
        }

        // Also after a repeat: a first attempt may have stopped between the switch and this step.
        if (to == AnswerMode.Text && interview.Current is { ThinkingDueAt: not null, AnsweringStartedAt: null } waiting
            && AnswerRefusal(interview, waiting.Question.Id, now) is null)
        {
            await StartAnsweringAsync(interview, waiting, now, "textMode").ConfigureAwait(false);
        }

        await notifier.PublishAsync(new InterviewChange(id, interview.Phase, interview.Current?.Question.Id), CancellationToken.None).ConfigureAwait(false);
        return InterviewResult<VoiceModeAccepted>.Ok(new VoiceModeAccepted(id, to, changed));
    }

    /// <summary>Raises the start of the answer to the workflow, then records it in the read model. Call under the lock.</summary>
    private async Task<InterviewResult<AnsweringStartedAccepted>> StartAnsweringAsync(InterviewRecord interview, AskedQuestion current, DateTimeOffset now, string cause)
    {
        var questionId = current.Question.Id;
        var dueAt = AnswerDeadlines.AfterStart(now, interview.Timing.AnswerTimeLimit, interview.QuestionsEndAt);
        var eventName = InterviewEvents.AnsweringStarted(questionId);
        try
        {
            await workflows.RaiseEventAsync(new InstanceId(interview.Id), eventName, new AnsweringStarted(now, dueAt, cause), new RaiseEventOptions(eventName), CancellationToken.None).ConfigureAwait(false);
        }
        catch (DuplicateEventException)
        {
            // Started already (a repeat after a crash before the read model was updated): report what is stored.
            var stored = (await store.GetAsync(interview.Id, CancellationToken.None).ConfigureAwait(false))?.Current;
            return stored?.Question.Id == questionId && stored.AnsweringStartedAt is { } startedAt
                ? InterviewResult<AnsweringStartedAccepted>.Ok(new AnsweringStartedAccepted(questionId, startedAt, stored.AnswerDueAt))
                : InterviewResult<AnsweringStartedAccepted>.Conflict($"The start of the answer to question '{questionId}' was already reported.");
        }
        catch (Exception ex) when (ex is WorkflowNotRunningException or WorkflowNotFoundException)
        {
            return InterviewResult<AnsweringStartedAccepted>.Conflict("The interview has ended; answers are no longer accepted.");
        }

        await store.MarkAnsweringStartedAsync(interview.Id, questionId, now, dueAt, CancellationToken.None).ConfigureAwait(false);
        await notifier.PublishAsync(new InterviewChange(interview.Id, interview.Phase, questionId), CancellationToken.None).ConfigureAwait(false);
        return InterviewResult<AnsweringStartedAccepted>.Ok(new AnsweringStartedAccepted(questionId, now, dueAt));
    }

    /// <summary>How an answer of a voice interview is given; null in a text interview.</summary>
    private static AnsweredBy? AnsweredByFor(InterviewRecord interview, SpokenAnswer? spoken) =>
        interview.Voice is not { } voice ? null
        : spoken is not null ? AnsweredBy.Spoken
        : voice.Current == AnswerMode.Text ? AnsweredBy.TypedWhileVoiceDown
        : AnsweredBy.Typed;
}
