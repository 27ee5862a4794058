using System.Collections.Concurrent;
using MockInterview.Interviewing;

namespace MockInterview.Interviews.Tests.Support;

/// <summary>A predictable brain: three planned questions, one follow-up when an answer asks for it ("more"),
/// a score of 7 for any answer.</summary>
internal sealed class ScriptedBrain : IInterviewerBrain
{
    public ConcurrentQueue<string> Evaluated { get; } = new();

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
        return Task.FromResult(Samples.Evaluation(7) with { Source = Name });
    }

    public Task<IReadOnlyList<AnswerEvaluation?>> ReviewAsync(ReviewRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AnswerEvaluation?>>(request.Turns.Select(t => t.Evaluation).ToList());

    public Task<InterviewSummary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Samples.Summary() with { OverallScore = request.Turns.Count(t => t.Answer is not null) * 7.0 / Math.Max(1, request.Turns.Count), Source = Name });
}
