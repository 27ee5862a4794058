namespace MockInterview.Workflows.Tests.Support;

/// <summary>Writes its input to the <see cref="Recorder"/>, idempotently per call.</summary>
internal sealed class RecordActivity(Recorder recorder) : Activity<string, string>
{
    public override Task<string> RunAsync(ActivityContext context, string input)
    {
        recorder.Record(context, input);
        return Task.FromResult(input);
    }
}
