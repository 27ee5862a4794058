using System.Collections.Concurrent;
using MockInterview.Interviewing;

namespace MockInterview.Interviews.Tests.Support;

/// <summary>A predictable brain: three planned questions, one follow-up when an answer asks for it ("more"),
/// a score of 7 for any answer, a final review that keeps the live evaluations unless <see cref="Review"/> scripts it,
/// and a summary whose overall score is the mean of the final scores (unanswered questions count 0).</summary>
internal sealed class ScriptedBrain : IInterviewerBrain
{
    private int summaryFailures;

    public ConcurrentQueue<string> Evaluated { get; } = new();

    /// <summary>Every evaluation request, in order.</summary>
    public ConcurrentQueue<EvaluationRequest> EvaluationRequests { get; } = new();

    /// <summary>Every review request, in order.</summary>
    public ConcurrentQueue<ReviewRequest> Reviews { get; } = new();

    /// <summary>Every summary request, in order.</summary>
    public ConcurrentQueue<SummaryRequest> Summaries { get; } = new();

    /// <summary>The review's result for a request (it may throw, or give the wrong number); null: the live evaluations.</summary>
    public Func<ReviewRequest, IReadOnlyList<AnswerEvaluation?>>? Review { get; set; }

    /// <summary>The next <paramref name="count"/> summaries throw, as a crash after the review would.</summary>
    public void FailNextSummaries(int count) => Interlocked.Exchange(ref summaryFailures, count);

    public string Name => "scripted";

    public Task<InterviewPlan> PlanAsync(PlanRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new InterviewPlan(request.Mode, [Samples.Question("q1"), Samples.Question("q2"), Samples.Question("q3")]));

    public Task<InterviewQuestion?> NextQuestionAsync(NextQuestionRequest request, CancellationToken cancellationToken)
    {
        var last = request.Turns[^1];
        if (!last.Question.IsFollowUp && last.Answer?.Contains("more", StringComparison.Ordinal) == true)
        {
            return Task.FromResult<InterviewQuestion?>(Samples.Question(last.Question.Id + "-f1", followUp: true));
        }

        var asked = request.Turns.Select(t => t.Question.Id).ToHashSet();
        return Task.FromResult(request.Plan.Questions.FirstOrDefault(q => !asked.Contains(q.Id)));
    }

    public Task<AnswerEvaluation> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken)
    {
        Evaluated.Enqueue(request.Question.Id);
        EvaluationRequests.Enqueue(request);
        return Task.FromResult(Samples.Evaluation(7) with { Source = Name });
    }

    public Task<IReadOnlyList<AnswerEvaluation?>> ReviewAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        Reviews.Enqueue(request);
        return Task.FromResult(Review is { } review ? review(request) : request.Turns.Select(t => t.Evaluation).ToList());
    }

    public Task<InterviewSummary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        Summaries.Enqueue(request);
        if (Interlocked.Decrement(ref summaryFailures) >= 0)
        {
            throw new InvalidOperationException("Scripted summary failure.");
        }

        return Task.FromResult(Samples.Summary() with { OverallScore = request.Turns.Sum(t => t.Evaluation?.Score ?? 0) / Math.Max(1, request.Turns.Count), Source = Name });
    }
}
