namespace MockInterview.Workflows.Tests.Support;

/// <summary>Throws until its attempt number reaches its input, then returns the attempt number.</summary>
internal sealed class FlakyActivity(Recorder recorder) : Activity<int, int>
{
    public override Task<int> RunAsync(ActivityContext context, int succeedOnAttempt)
    {
        recorder.Record(context with { TaskId = context.TaskId * 100 + context.Attempt }, $"attempt {context.Attempt}");
        return context.Attempt < succeedOnAttempt
            ? throw new InvalidOperationException($"attempt {context.Attempt} failed")
            : Task.FromResult(context.Attempt);
    }
}
