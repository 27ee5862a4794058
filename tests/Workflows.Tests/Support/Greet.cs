namespace MockInterview.Workflows.Tests.Support;

/// <summary>Returns its input with a greeting.</summary>
internal sealed class Greet : Activity<string, string>
{
    public override Task<string> RunAsync(ActivityContext context, string input) => Task.FromResult($"Hello, {input}!");
}
