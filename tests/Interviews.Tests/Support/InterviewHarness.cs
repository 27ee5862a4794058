using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MockInterview.Interviewing;
using MockInterview.TestSupport;
using MockInterview.Workflows;

namespace MockInterview.Interviews.Tests.Support;

/// <summary>The interviews feature on the real embedded workflow engine, a scripted brain and a manual clock.</summary>
internal sealed class InterviewHarness : IAsyncDisposable
{
    private readonly TempDatabase database = new();
    private readonly ServiceProvider services;

    private InterviewHarness(bool alwaysReplay)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Interviews:ConnectionString"] = database.ConnectionString("interviews.db"),
            ["Workflows:ConnectionString"] = database.ConnectionString("workflows.db"),
            ["Workflows:InstanceCacheSize"] = alwaysReplay ? "0" : null,
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSingleton<IInterviewerBrain>(Brain);
        collection.AddInterviews(configuration);
        services = collection.BuildServiceProvider();
    }

    public ManualTimeProvider Clock { get; } = new();

    public ScriptedBrain Brain { get; } = new();

    /// <summary>Everything logged by the feature and the workflow engine.</summary>
    public CapturedLogs Logs { get; } = new();

    public InterviewService Interviews => services.GetRequiredService<InterviewService>();

    public IInterviewStore Store => services.GetRequiredService<IInterviewStore>();

    public IWorkflowClient Workflows => services.GetRequiredService<IWorkflowClient>();

    /// <summary>A service of the feature, e.g. an activity to run again by hand as a retry would.</summary>
    public T Service<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <param name="alwaysReplay">Keep no workflow in memory between episodes, so every episode replays the workflow
    /// from its stored history (as after a restart).</param>
    public static async Task<InterviewHarness> StartAsync(bool alwaysReplay = false)
    {
        var harness = new InterviewHarness(alwaysReplay);
        foreach (var hosted in harness.services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return harness;
    }

    /// <summary>Lets the workflows settle (so their timers are armed), then moves the clock.</summary>
    public async Task AdvanceAsync(TimeSpan delta)
    {
        var diagnostics = services.GetRequiredService<IWorkflowDiagnostics>();
        await Eventually.TrueAsync(() => diagnostics.IsIdle, "the workflow engine is idle");
        Clock.Advance(delta);
    }

    /// <summary>Waits until the stored interview satisfies <paramref name="condition"/>.</summary>
    public async Task<InterviewRecord> WaitForAsync(string id, Func<InterviewRecord, bool> condition, string because)
    {
        InterviewRecord? record = null;
        await Eventually.TrueAsync(async () => (record = await Store.GetAsync(id, default)) is { } r && condition(r), because);
        return record!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in services.GetServices<IHostedService>().Reverse())
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await services.DisposeAsync();
        database.Dispose();
    }
}
