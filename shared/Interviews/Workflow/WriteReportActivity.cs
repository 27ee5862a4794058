using MockInterview.Interviewing.Delivery;
using MockInterview.Workflows;

namespace MockInterview.Interviews;

/// <summary>Records the closing answer, builds and stores the report, and completes the interview.</summary>
/// <remarks>Idempotent: a completed interview keeps its first report.</remarks>
internal sealed class WriteReportActivity(
    IInterviewStore store,
    IInterviewNotifier notifier,
    TimeProvider time) : Activity<WriteReportInput, InterviewOutcome>
{
    public const string Name = "WriteReport";

    public override async Task<InterviewOutcome> RunAsync(ActivityContext context, WriteReportInput input)
    {
        var ct = context.CancellationToken;
        var interview = await store.GetRequiredAsync(input.InterviewId, ct).ConfigureAwait(false);
        if (interview.Report is null)
        {
            var answer = input.Answer;
            await store.UpsertTurnAsync(
                new TurnRecord(interview.Id, input.Closing, answer?.Text, answer?.SubmittedAt, TimedOut: answer is null && time.GetUtcNow() >= input.Closing.AnswerDueAt, null)
                {
                    Delivery = answer?.Spoken is { } spoken ? DeliveryAnalyzer.Analyze(spoken) : null,
                    By = answer?.By,
                },
                ct).ConfigureAwait(false);
            var turns = await store.GetTurnsAsync(interview.Id, ct).ConfigureAwait(false);
            var summary = interview.Summary
                ?? throw new InvalidOperationException($"Interview '{interview.Id}' reached its report without a summary.");
            var now = time.GetUtcNow();
            await store.CompleteAsync(interview.Id, ReportBuilder.Build(interview, turns, summary, now, input.EndedEarly), now, ct).ConfigureAwait(false);
            interview = await store.GetAsync(interview.Id, ct).ConfigureAwait(false) ?? interview;
            await notifier.PublishAsync(new InterviewChange(interview.Id, InterviewPhase.Completed, null), ct).ConfigureAwait(false);
        }

        var report = interview.Report ?? throw new InvalidOperationException($"Interview '{interview.Id}' has no report after completion.");
        var scored = report.Questions.Where(q => q.Category != AskedQuestion.ClosingCategory).ToList();
        return new InterviewOutcome(
            interview.Id,
            report.OverallScore,
            scored.Count,
            scored.Count(q => q.Answer is not null),
            report.EndedEarly,
            report.CompletedAt);
    }
}
