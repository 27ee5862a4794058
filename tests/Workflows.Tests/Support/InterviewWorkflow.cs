namespace MockInterview.Workflows.Tests.Support;

/// <summary>A miniature interview: for each question, record it, publish its index, wait for the answer, record it.</summary>
internal sealed class InterviewWorkflow : Workflow<int, string[]>
{
    public override async Task<string[]> RunAsync(WorkflowContext context, int questions)
    {
        var answers = new List<string>();
        for (var i = 0; i < questions; i++)
        {
            await context.CallActivityAsync<string>(nameof(RecordActivity), $"q{i}");
            context.SetCustomStatus(i);
            var answer = await context.WaitForExternalEvent<string>("answer");
            await context.CallActivityAsync<string>(nameof(RecordActivity), $"a{i}:{answer}");
            answers.Add(answer);
        }

        context.SetCustomStatus(questions);
        return [.. answers];
    }

    /// <summary>The records a run of <paramref name="questions"/> questions answered by <see cref="Answer"/> leaves.</summary>
    public static IEnumerable<string> ExpectedRecords(InstanceId id, int questions) =>
        Enumerable.Range(0, questions).SelectMany(i => new[] { $"q{i}", $"a{i}:{Answer(id, i)}" });

    public static string Answer(InstanceId id, int question) => $"{id}-answer-{question}";
}
