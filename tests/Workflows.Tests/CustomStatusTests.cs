using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class CustomStatusTests
{
    [Fact]
    public async Task SetCustomStatus_WhileWaiting_IsVisibleToClients()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Quiz>());
        var id = await host.Client.StartAsync(nameof(Quiz), null);
        await host.IdleAsync();

        var waiting = await host.Client.GetAsync(id);
        Assert.Equal(new QuizStatus(1, "What is 2+2?"), waiting!.ReadCustomStatusAs<QuizStatus>());
        Assert.Equal(WorkflowStatus.Running, waiting.Status);

        await host.Client.RaiseEventAsync(id, "answer", "4");
        var done = await host.CompletionAsync(id);
        Assert.Equal(new QuizStatus(2, null), done.ReadCustomStatusAs<QuizStatus>());
    }

    private sealed record QuizStatus(int Step, string? Question);

    private sealed class Quiz : Workflow<object?, string>
    {
        public override async Task<string> RunAsync(WorkflowContext context, object? input)
        {
            context.SetCustomStatus(new QuizStatus(1, "What is 2+2?"));
            var answer = await context.WaitForExternalEvent<string>("answer");
            context.SetCustomStatus(new QuizStatus(2, null));
            return answer;
        }
    }
}
