using System.Text;
using MockInterview.Documents.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Documents.Tests.Sandbox;

/// <summary>The limits around a child process, exercised with ordinary tools (sleep, sh, yes, env).</summary>
public sealed class SandboxedProcessRunnerTests
{
    private static readonly string WorkingDirectory = Path.GetTempPath();

    [Fact]
    public async Task RunAsync_WallClockTimeoutPasses_KillsTheProcessAndReportsTimedOut()
    {
        var time = new ManualTimeProvider();
        var runner = TestExtractor.Runner(o => o.Timeout = TimeSpan.FromSeconds(20), time);

        var run = runner.RunAsync("sleep", ["600"], WorkingDirectory, 1024, CancellationToken.None);
        // The timer belongs to the manual clock: it fires only when the test moves the clock past it.
        await Eventually.TrueAsync(
            () =>
            {
                time.Advance(TimeSpan.FromSeconds(21));
                return run.IsCompleted;
            },
            "the timeout kills sleep");

        var outcome = await run;
        Assert.True(outcome.TimedOut);
        Assert.Null(outcome.Signal);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_KillsTheProcessAndThrows()
    {
        var runner = TestExtractor.Runner();
        using var cancellation = new CancellationTokenSource();

        var run = runner.RunAsync("sleep", ["600"], WorkingDirectory, 1024, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task RunAsync_BusyLoopPastCpuLimit_EndedByTheKernel()
    {
        var runner = TestExtractor.Runner(o =>
        {
            o.MaxCpuSeconds = 1;
            o.Timeout = TimeSpan.FromMinutes(5);
        });

        var outcome = await runner.RunAsync("sh", ["-c", "while :; do :; done"], WorkingDirectory, 1024, CancellationToken.None)
            .WaitAsync(TimeSpan.FromMinutes(1));

        Assert.False(outcome.TimedOut);
        Assert.Contains(outcome.Signal, new int?[] { 9, 24 }); // SIGKILL or SIGXCPU
    }

    [Fact]
    public async Task RunAsync_OutputPastCap_KeepsTheCapAndKillsTheProcess()
    {
        var outcome = await TestExtractor.Runner().RunAsync("yes", ["resume"], WorkingDirectory, 10_000, CancellationToken.None)
            .WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(outcome.OutputTruncated);
        Assert.Equal(10_000, outcome.Output.Length);
        Assert.StartsWith("resume\nresume\n", Encoding.ASCII.GetString(outcome.Output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Environment_CarriesNothingOfTheHost()
    {
        Environment.SetEnvironmentVariable("DOCUMENTS_TESTS_SECRET", "s3cret-value");
        try
        {
            var outcome = await TestExtractor.Runner().RunAsync("env", [], WorkingDirectory, 64 * 1024, CancellationToken.None);
            var environment = Encoding.UTF8.GetString(outcome.Output);

            Assert.Equal(0, outcome.ExitCode);
            Assert.DoesNotContain("s3cret-value", environment, StringComparison.Ordinal);
            Assert.Contains($"HOME={WorkingDirectory}", environment, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOCUMENTS_TESTS_SECRET", null);
        }
    }

    [Fact]
    public async Task RunAsync_ToolWritesToStandardError_KeepsItApartFromOutput()
    {
        var outcome = await TestExtractor.Runner().RunAsync("sh", ["-c", "echo out; echo oops >&2; exit 3"], WorkingDirectory, 1024, CancellationToken.None);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal("out\n", Encoding.UTF8.GetString(outcome.Output));
        Assert.Equal("oops\n", outcome.Errors);
    }

    [Fact]
    public async Task RunAsync_MissingTool_ThrowsUnavailable()
    {
        var error = await Assert.ThrowsAsync<DocumentExtractionUnavailableException>(
            () => TestExtractor.Runner().RunAsync("no-such-tool-anywhere", [], WorkingDirectory, 1024, CancellationToken.None));

        Assert.Equal(503, error.StatusCode);
    }
}
