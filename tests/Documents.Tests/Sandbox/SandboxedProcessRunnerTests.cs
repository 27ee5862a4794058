using System.Text;
using MockInterview.Documents.Tests.Support;
using MockInterview.Sandbox;
using MockInterview.TestSupport;

namespace MockInterview.Documents.Tests.Sandbox;

/// <summary>The limits around a child process (the shared MockInterview.Sandbox runner the PDF tools run in),
/// exercised with ordinary tools (sleep, sh, yes, env, cat).</summary>
public sealed class SandboxedProcessRunnerTests
{
    private const string Hint = "Install coreutils.";
    private static readonly string WorkingDirectory = Path.GetTempPath();

    [Fact]
    public async Task RunAsync_WallClockTimeoutPasses_KillsTheProcessAndReportsTimedOut()
    {
        var time = new ManualTimeProvider();
        var runner = TestExtractor.Runner(time);

        var run = runner.RunAsync(Command("sleep", "600"), Limits(timeout: TimeSpan.FromSeconds(20)), null, CancellationToken.None);
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

        var run = runner.RunAsync(Command("sleep", "600"), Limits(), null, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task RunAsync_BusyLoopPastCpuLimit_EndedByTheKernel()
    {
        var outcome = await TestExtractor.Runner()
            .RunAsync(Command("sh", "-c", "while :; do :; done"), Limits(cpuSeconds: 1, timeout: TimeSpan.FromMinutes(5)), null, CancellationToken.None)
            .WaitAsync(TimeSpan.FromMinutes(1));

        Assert.False(outcome.TimedOut);
        Assert.Contains(outcome.Signal, new int?[] { 9, 24 }); // SIGKILL or SIGXCPU
    }

    [Fact]
    public async Task RunAsync_OutputPastCap_KeepsTheCapAndKillsTheProcess()
    {
        var outcome = await TestExtractor.Runner().RunAsync(Command("yes", "resume"), Limits(maxOutputBytes: 10_000), null, CancellationToken.None)
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
            var outcome = await TestExtractor.Runner().RunAsync(Command("env"), Limits(maxOutputBytes: 64 * 1024), null, CancellationToken.None);
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
        var outcome = await TestExtractor.Runner().RunAsync(Command("sh", "-c", "echo out; echo oops >&2; exit 3"), Limits(), null, CancellationToken.None);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal("out\n", Encoding.UTF8.GetString(outcome.Output));
        Assert.Equal("oops\n", outcome.Errors);
    }

    [Fact]
    public async Task RunAsync_StandardInputGiven_ToolReadsItWhileItsOutputIsRead()
    {
        // Larger than a pipe's buffer both ways: writing all input before reading output would deadlock.
        var input = new byte[3 * 1024 * 1024];
        new Random(7).NextBytes(input);

        var outcome = await TestExtractor.Runner()
            .RunAsync(Command("cat"), Limits(maxOutputBytes: input.Length + 1), new MemoryStream(input), CancellationToken.None)
            .WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(input, outcome.Output);
    }

    [Fact]
    public async Task RunAsync_ToolExitsBeforeReadingItsInput_ReportsTheExitWithoutThrowing()
    {
        var input = new byte[3 * 1024 * 1024];

        var outcome = await TestExtractor.Runner()
            .RunAsync(Command("sh", "-c", "exit 5"), Limits(), new MemoryStream(input), CancellationToken.None)
            .WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(5, outcome.ExitCode);
    }

    [Fact]
    public async Task RunAsync_MissingTool_ThrowsUnavailableWithTheCallersHint()
    {
        var error = await Assert.ThrowsAsync<SandboxToolUnavailableException>(
            () => TestExtractor.Runner().RunAsync(Command("no-such-tool-anywhere"), Limits(), null, CancellationToken.None));

        Assert.Contains("no-such-tool-anywhere", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(Hint, error.Message, StringComparison.Ordinal);
    }

    private static SandboxCommand Command(string tool, params string[] arguments) => new(tool, arguments, WorkingDirectory, Hint);

    private static SandboxLimits Limits(int cpuSeconds = 10, TimeSpan? timeout = null, int maxOutputBytes = 1024) =>
        new(512L * 1024 * 1024, cpuSeconds, 1024 * 1024, timeout ?? TimeSpan.FromSeconds(30), maxOutputBytes);
}
