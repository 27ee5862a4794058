using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Interviewing;
using MockInterview.LlmInterviewer.Calls;
using MockInterview.LlmInterviewer.FollowUps;
using MockInterview.LlmInterviewer.Grading;
using MockInterview.LlmInterviewer.Planning;
using MockInterview.LlmInterviewer.Summaries;
using MockInterview.Llm.Routing;

namespace MockInterview.LlmInterviewer;

/// <summary>The interviewer through the LLM router: plans personalised to the candidate and job, follow-ups, grading and
/// the summary, each from a strict JSON reply that is checked and clamped before use.</summary>
/// <remarks>Every call that fails (no provider, timeout, unusable reply) is answered by the offline brain instead and
/// marked <see cref="LlmSources.OfflineFallback"/>, so the report can say which parts came from it. Candidate text is
/// sent only as data. The offline scorer also reads every answer, and what it finds (empty, unreadable, buzzwords,
/// text aimed at the grader) caps the score and keeps the model from steering the flow.</remarks>
public sealed class LlmInterviewerBrain : IInterviewerBrain
{
    private readonly OfflineInterviewerBrain _offline;
    private readonly StructuredCall _call;
    private readonly ILogger<LlmInterviewerBrain> _logger;

    /// <summary>Creates the brain.</summary>
    public LlmInterviewerBrain(ILlmRouter router, OfflineInterviewerBrain offline, IOptions<LlmInterviewerOptions> options, TimeProvider time, ILogger<LlmInterviewerBrain> logger)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(offline);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _offline = offline;
        _logger = logger;
        _call = new StructuredCall(router, time, TimeSpan.FromSeconds(options.Value.CallTimeoutSeconds));
    }

    /// <inheritdoc />
    public string Name => "llm";

    /// <inheritdoc />
    public async Task<InterviewPlan> PlanAsync(PlanRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var offline = await _offline.PlanAsync(request, cancellationToken).ConfigureAwait(false);
        var slots = offline.Questions.Where(PlanPersonalizer.Personalisable).ToList();
        if (slots.Count == 0)
        {
            return offline;
        }

        return await WithFallbackAsync(
            "plan",
            async () => PlanPersonalizer.Apply(offline, await _call.SendAsync<PlanReply>(PlanPersonalizer.Request(request, slots), cancellationToken).ConfigureAwait(false)),
            () => Task.FromResult(offline with { Questions = offline.Questions.Select(MarkFallback).ToList() }),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<InterviewQuestion?> NextQuestionAsync(NextQuestionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (request.TimeLeft < OfflineInterviewerBrain.MinimumTimeForQuestion)
        {
            return null;
        }

        // After an answer the offline scorer finds empty, unreadable, stuffed or aimed at the grader, the model does not
        // decide what comes next: the offline rules do, so such text cannot steer the interview.
        if (request.Turns.Count > 0 && await HardFlaggedAsync(request, request.Turns[^1], cancellationToken).ConfigureAwait(false))
        {
            return await _offline.NextQuestionAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var remaining = PlanSlots.Remaining(request.Plan, request.Turns);
        if (FollowUpWriter.Candidate(request, remaining.Count) is { } candidate)
        {
            var (followUp, failed) = await WithFallbackAsync<(InterviewQuestion?, bool)>(
                "follow-up",
                async () =>
                {
                    var reply = await _call.SendAsync<FollowUpReply>(FollowUpWriter.Request(request, candidate.Parent), cancellationToken).ConfigureAwait(false);
                    return (FollowUpWriter.Build(request, candidate.Parent, candidate.Asked, reply), false);
                },
                () => Task.FromResult<(InterviewQuestion?, bool)>((null, true)),
                cancellationToken).ConfigureAwait(false);
            if (failed)
            {
                var fallback = await _offline.NextQuestionAsync(request, cancellationToken).ConfigureAwait(false);
                return fallback is null ? null : MarkFallback(fallback);
            }

            if (followUp is not null)
            {
                return followUp;
            }
        }

        if (remaining.Count > 0)
        {
            return remaining[0];
        }

        // The plan is done and time is left: the bank offers one more main question (no follow-up: that was decided above).
        return await _offline.NextQuestionAsync(request with { MaxFollowUpsPerQuestion = 0 }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<AnswerEvaluation> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var offline = await _offline.EvaluateAsync(request, cancellationToken).ConfigureAwait(false);
        return await WithFallbackAsync(
            "grading",
            async () => AnswerGrader.Merge(await _call.SendAsync<GradingReply>(AnswerGrader.Request(request), cancellationToken).ConfigureAwait(false), offline),
            () => Task.FromResult(offline with { Source = LlmSources.OfflineFallback }),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AnswerEvaluation?>> ReviewAsync(ReviewRequest request, CancellationToken cancellationToken) =>
        _offline.ReviewAsync(request, cancellationToken);

    /// <inheritdoc />
    public async Task<InterviewSummary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var offline = await _offline.SummarizeAsync(request, cancellationToken).ConfigureAwait(false);
        if (!request.Turns.Any(t => !t.TimedOut && !string.IsNullOrWhiteSpace(t.Answer)))
        {
            // Nothing was said: there is nothing for a model to read, and the offline summary says so.
            return offline;
        }

        return await WithFallbackAsync(
            "summary",
            async () => SummaryReviewer.Merge(await _call.SendAsync<SummaryReply>(SummaryReviewer.Request(request), cancellationToken).ConfigureAwait(false), offline, request),
            () => Task.FromResult(offline with { Source = LlmSources.OfflineFallback }),
            cancellationToken).ConfigureAwait(false);
    }

    private static InterviewQuestion MarkFallback(InterviewQuestion question) => question with { Rationale = LlmSources.MarkFallback(question.Rationale) };

    private async Task<bool> HardFlaggedAsync(NextQuestionRequest request, AnsweredTurn last, CancellationToken cancellationToken)
    {
        if (last.TimedOut || string.IsNullOrWhiteSpace(last.Answer))
        {
            return false;
        }

        // Read offline every time: deterministic, and independent of whichever brain stored the turn's evaluation.
        var earlier = request.Turns.Take(request.Turns.Count - 1).Where(t => !t.TimedOut && !string.IsNullOrWhiteSpace(t.Answer)).Select(t => t.Answer!).ToList();
        var evaluation = await _offline.EvaluateAsync(new EvaluationRequest(request.Mode, last.Question, last.Answer, earlier), cancellationToken).ConfigureAwait(false);
        return evaluation.Flags.Any(f => FlagCaps.IsFact(f.Code));
    }

    /// <summary>The LLM's answer, or the offline brain's when the call fails for any reason but the caller's own cancellation.</summary>
    private async Task<T> WithFallbackAsync<T>(string purpose, Func<Task<T>> llm, Func<Task<T>> fallback, CancellationToken cancellationToken)
    {
        try
        {
            return await llm().ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFallback(purpose, ex);
            return await fallback().ConfigureAwait(false);
        }
    }

    private void LogFallback(string purpose, Exception ex)
    {
        var reason = ex switch
        {
            LlmRouterException router => $"no provider answered ({string.Join(", ", router.Attempts.Select(a => $"{a.Provider}: {a.Outcome}"))})",
            OperationCanceledException => "the call timed out",
            LlmReplyException => $"the reply was unusable: {ex.Message}",
            _ => $"{ex.GetType().Name}: {ex.Message}",
        };
        _logger.LogWarning(ex, "LLM interviewer: the {Purpose} call failed, the offline brain answers it instead; {Reason}", purpose, reason);
    }
}
