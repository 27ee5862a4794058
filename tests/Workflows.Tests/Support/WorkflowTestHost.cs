using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MockInterview.TestSupport;

namespace MockInterview.Workflows.Tests.Support;

/// <summary>An engine started inline for one test, on a fake clock; every wait is bounded.</summary>
internal sealed class WorkflowTestHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly IHostedService[] hostedServices;
    private bool crashed;

    private WorkflowTestHost(ServiceProvider provider, ManualTimeProvider time)
    {
        this.provider = provider;
        Time = time;
        Client = provider.GetRequiredService<IWorkflowClient>();
        Engine = provider.GetRequiredService<WorkflowEngine>();
        hostedServices = [.. provider.GetServices<IHostedService>()];
    }

    public ManualTimeProvider Time { get; }

    public IWorkflowClient Client { get; }

    public WorkflowEngine Engine { get; }

    public IServiceProvider Services => provider;

    /// <summary>A private named in-memory database (shared cache, so it lives as long as the engine's connection).</summary>
    public static string MemoryDatabase() => $"Data Source=wf-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";

    /// <summary>A database file in a fresh temporary folder.</summary>
    public static string FileDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wf-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "workflows.db")}";
    }

    public static async Task<WorkflowTestHost> StartAsync(
        Action<WorkflowBuilder> register,
        string? connectionString = null,
        ManualTimeProvider? time = null,
        int instanceCacheSize = 10_000,
        Action<IServiceCollection>? configureServices = null)
    {
        time ??= new ManualTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        configureServices?.Invoke(services);
        register(services.AddWorkflows(options =>
        {
            options.ConnectionString = connectionString ?? MemoryDatabase();
            options.InstanceCacheSize = instanceCacheSize;
            options.MaxConcurrentEpisodes = 4;
            options.MaxConcurrentActivities = 8;
        }));
        var host = new WorkflowTestHost(services.BuildServiceProvider(), time);
        foreach (var hosted in host.hostedServices)
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return host;
    }

    /// <summary>Waits until nothing runnable is left (only future timers).</summary>
    public Task IdleAsync() => Eventually.TrueAsync(() => Engine.IsIdle, "the workflow engine is idle");

    /// <summary>Lets the engine settle, then moves the clock.</summary>
    public async Task AdvanceAsync(TimeSpan delta)
    {
        await IdleAsync();
        Time.Advance(delta);
        await IdleAsync();
    }

    public Task<WorkflowState> CompletionAsync(InstanceId id) =>
        Eventually.WithinAsync(Client.WaitForCompletionAsync(id), what: $"instance {id} to finish");

    public async Task<WorkflowState> RunAsync(string workflow, object? input, string? id = null)
    {
        var instanceId = await Client.StartAsync(workflow, input, new StartWorkflowOptions(id is null ? null : new InstanceId(id)));
        return await CompletionAsync(instanceId);
    }

    public Task<IReadOnlyList<HistoryEvent>> HistoryAsync(InstanceId id) => Engine.Writer.Run(store => store.LoadHistory(id));

    /// <summary>Kills the engine as a process kill would: no graceful stop, nothing more committed.</summary>
    public void Crash()
    {
        crashed = true;
        Engine.SimulateCrash();
    }

    public async ValueTask DisposeAsync()
    {
        if (!crashed)
        {
            foreach (var hosted in hostedServices)
            {
                await hosted.StopAsync(CancellationToken.None);
            }

            await provider.DisposeAsync();
        }
    }
}
