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

/// <summary>The interviewer through the LLM router: questions worded for the role (or tailored to the resume and job),
/// follow-ups, grading and the summary, each from a strict JSON reply that is checked and clamped before use.</summary>
/// <remarks>
/// <para>Every call that fails (no provider, timeout, unusable reply) is answered by the offline brain instead and
/// marked <see cref="LlmSources.OfflineFallback"/>, so the report can say which parts came from it. Candidate text is
/// sent only as data. The offline scorer also reads every answer, and what it finds (empty, unreadable, buzzwords,
/// text aimed at the grader) caps the score and keeps the model from steering the flow.</para>
/// <para>By default (<see cref="LlmInterviewerOptions"/>) only the end-of-interview review and summary read the
/// candidate's answers: a turn's reply waits for no model grade, follow-ups are the offline rules' decisions in the
/// model's words, and question and follow-up wordings repeat across candidates, so the router's cache answers most of
/// them. Live grading and contextual follow-ups remain available by configuration.</para>
/// </remarks>
public sealed class LlmInterviewerBrain : IInterviewerBrain
{
    /// <summary>Most wording calls of one plan in flight at once, so one interview's start is not a burst on a free tier.</summary>
    private const int MaxConcurrentWordings = 4;

    private readonly OfflineInterviewerBrain _offline;
    private readonly StructuredCall _call;
    private readonly LlmInterviewerOptions _options;
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
        _options = options.Value;
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

        if (!Tailors(request))
        {
            return await WordPlanAsync(request, offline, cancellationToken).ConfigureAwait(false);
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

        return _options.FollowUps == LlmFollowUps.Contextual
            ? await ContextualNextAsync(request, cancellationToken).ConfigureAwait(false)
            : await DiagnosedNextAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>With <see cref="LlmGrading.Review"/> (the default) this is the offline scorer's live evaluation, and the
    /// model grades every answer in <see cref="ReviewAsync"/>.</remarks>
    public async Task<AnswerEvaluation> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var offline = await _offline.EvaluateAsync(request, cancellationToken).ConfigureAwait(false);
        if (_options.Grading == LlmGrading.Review)
        {
            return offline;
        }

        return await WithFallbackAsync(
            "grading",
            async () => AnswerGrader.Merge(await _call.SendAsync<GradingReply>(AnswerGrader.Request(request), cancellationToken).ConfigureAwait(false), offline, request.Delivery),
            () => Task.FromResult(offline with { Source = LlmSources.OfflineFallback }),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>With <see cref="LlmGrading.Review"/>: one call grades every answer the offline scorer did not flag with a
    /// fact (more calls only for a very long interview); an answer the reply does not grade usably keeps its offline
    /// evaluation, marked <see cref="LlmSources.OfflineFallback"/>. With live grading the live evaluations stand.</remarks>
    public async Task<IReadOnlyList<AnswerEvaluation?>> ReviewAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var final = request.Turns.Select(t => t.Evaluation).ToList();
        if (_options.Grading != LlmGrading.Review)
        {
            return final;
        }

        var batches = AnswerReview.Batches(request.Turns);
        var graded = await Task.WhenAll(batches.Select(batch => WithFallbackAsync(
            "review",
            async () => AnswerReview.Merge(request, batch, await _call.SendAsync<ReviewReply>(AnswerReview.Request(request, batch), cancellationToken).ConfigureAwait(false)),
            () => Task.FromResult(new Dictionary<int, AnswerEvaluation>()),
            cancellationToken))).ConfigureAwait(false);
        for (var b = 0; b < batches.Count; b++)
        {
            var ungraded = 0;
            foreach (var i in batches[b])
            {
                if (graded[b].TryGetValue(i, out var evaluation))
                {
                    final[i] = evaluation;
                }
                else
                {
                    final[i] = final[i]! with { Source = LlmSources.OfflineFallback };
                    ungraded++;
                }
            }

            if (ungraded > 0 && graded[b].Count > 0)
            {
                _logger.LogWarning("LLM interviewer: the review graded {Graded} of {Sent} answers usably; the offline scores stand for the rest", graded[b].Count, batches[b].Count);
            }
        }

        return final;
    }

    /// <summary>The offline rules decide what comes next; the model words it: a follow-up for its question, or a main
    /// question the plan did not hold (an adaptive swap, or one more after the plan). Planned questions were worded
    /// when the plan was made.</summary>
    private async Task<InterviewQuestion?> DiagnosedNextAsync(NextQuestionRequest request, CancellationToken cancellationToken)
    {
        var next = await _offline.NextQuestionAsync(request, cancellationToken).ConfigureAwait(false);
        if (next is null || request.Plan.Questions.Any(q => q.Id == next.Id))
        {
            return next;
        }

        // Only bank questions are worded: a question the planner built from the resume (a project deep dive), or a
        // follow-up of one, is personal, and its text must not enter shared, cached requests.
        var bankId = next.IsFollowUp ? next.ParentQuestionId : next.Id;
        if (bankId is null || _offline.BankText(bankId) is not { } bankText)
        {
            return next;
        }

        if (!next.IsFollowUp)
        {
            return await WordAsync(request.Candidate, next, cancellationToken).ConfigureAwait(false);
        }

        var parent = request.Turns.FirstOrDefault(t => !t.Question.IsFollowUp && t.Question.Id == next.ParentQuestionId)?.Question;
        if (parent is null)
        {
            return next;
        }

        return await WithFallbackAsync(
            "follow-up-wording",
            async () => FollowUpWording.Apply(
                next,
                request.Turns,
                await _call.SendAsync<WordingReply>(FollowUpWording.Request(bankText, parent, next), cancellationToken).ConfigureAwait(false)),
            () => Task.FromResult(MarkFallback(next)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The model reads the thread's answers and decides whether and what to follow up.</summary>
    private async Task<InterviewQuestion?> ContextualNextAsync(NextQuestionRequest request, CancellationToken cancellationToken)
    {
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

    /// <summary>True when the plan is rewritten for the resume and job description in one call that reads them.</summary>
    private bool Tailors(PlanRequest request) =>
        (!string.IsNullOrWhiteSpace(request.Candidate.ResumeText) || !string.IsNullOrWhiteSpace(request.Candidate.JobDescription))
        && (_options.Tailoring == LlmTailoring.Always || (_options.Tailoring == LlmTailoring.Customized && request.Mode == InterviewMode.Customized));

    /// <summary>Every personalisable bank question of the plan worded for the role, each call on its own (cacheable, and
    /// one failure costs one slot's wording).</summary>
    private async Task<InterviewPlan> WordPlanAsync(PlanRequest request, InterviewPlan offline, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(MaxConcurrentWordings);
        var questions = await Task.WhenAll(offline.Questions.Select(async slot =>
        {
            // A question the planner built from the candidate's own material (a deep dive into a resume project) is not a
            // bank question: it is already personal, and sending it would put resume text in a shared, cached request.
            if (!PlanPersonalizer.Personalisable(slot) || _offline.BankText(slot.Id) is null)
            {
                return slot;
            }

            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await WordAsync(request.Candidate, slot, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        return offline with { Questions = questions };
    }

    private Task<InterviewQuestion> WordAsync(CandidateProfile candidate, InterviewQuestion question, CancellationToken cancellationToken) =>
        WithFallbackAsync(
            "question",
            async () => QuestionWording.Apply(question, await _call.SendAsync<WordingReply>(QuestionWording.Request(candidate, question), cancellationToken).ConfigureAwait(false)),
            () => Task.FromResult(MarkFallback(question)),
            cancellationToken);

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
