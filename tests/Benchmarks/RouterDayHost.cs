using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockInterview.Interviewing;
using MockInterview.Llm;
using MockInterview.Llm.Caching;
using MockInterview.Llm.Routing;
using MockInterview.LlmInterviewer;

namespace MockInterview.Benchmarks;

/// <summary>The LLM interviewer of the simulated day, built as the app builds it (<c>AddLlmRouter</c> from the
/// <c>Llm</c> section, then <c>AddLlmInterviewer</c> with <c>Interviewer:Llm</c>), its providers on
/// <see cref="RouterFakeServer"/>, its router wrapped in a <see cref="CountingLlmRouter"/> and its warnings counted.</summary>
internal sealed class RouterDayHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private RouterDayHost(ServiceProvider services, CountingLlmRouter router, FallbackLogCounter logs)
    {
        this.services = services;
        Router = router;
        Logs = logs;
        Brain = services.GetRequiredService<IInterviewerBrain>();
    }

    public IInterviewerBrain Brain { get; }

    public CountingLlmRouter Router { get; }

    public FallbackLogCounter Logs { get; }

    public ILlmCache Cache => services.GetRequiredService<ILlmCache>();

    /// <summary>Builds the brain. <paramref name="interviewer"/> holds <c>Interviewer:Llm:*</c> settings (empty: the
    /// defaults). Quotas are set high enough never to refuse; the cache has no practical limit, as Redis in production.</summary>
    public static RouterDayHost Create(RouterFakeServer server, TimeProvider time, IReadOnlyList<string> providers, IReadOnlyDictionary<string, string> interviewer)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:TotalBudgetSeconds"] = "20",
            ["Llm:MaxAttempts"] = "4",
            ["Llm:Circuit:FailureThreshold"] = "3",
            ["Llm:Circuit:BreakSeconds"] = "30",
            ["Llm:Cache:DefaultTtlSeconds"] = "86400",
            ["Llm:Cache:MaxEntries"] = "10000000",
            ["Llm:Cache:MaxBytes"] = (4L << 30).ToString(CultureInfo.InvariantCulture),
            ["Llm:Alerts:QuotaCheckSeconds"] = "0",
            ["Interviewer:Llm:CallTimeoutSeconds"] = "20",
        };
        for (var i = 0; i < providers.Count; i++)
        {
            var prefix = $"Llm:Providers:{i}:";
            settings[prefix + "Name"] = providers[i];
            settings[prefix + "BaseUrl"] = server.BaseUrl(providers[i]);
            settings[prefix + "ApiKey"] = $"sk-bench-{providers[i]}";
            settings[prefix + "Model"] = $"model-{providers[i]}";
            settings[prefix + "Priority"] = "0";
            settings[prefix + "Weight"] = "1";
            settings[prefix + "TimeoutSeconds"] = "5";
            settings[prefix + "RequestsPerMinute"] = "10000000";
            settings[prefix + "RequestsPerDay"] = "1000000000";
            settings[prefix + "TokensPerMinute"] = "100000000000";
            settings[prefix + "TokensPerDay"] = "1000000000000";
        }

        foreach (var (key, value) in interviewer)
        {
            settings[$"Interviewer:Llm:{key}"] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new FallbackLogCounter();
        var collection = new ServiceCollection()
            .AddSingleton(time)
            .AddLogging(b => b.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Warning))
            .AddLlmRouter(configuration);

        // The counting decorator takes the router's place before AddLlmInterviewer, which then keeps it.
        var registered = collection.Single(d => d.ServiceType == typeof(ILlmRouter));
        var build = registered.ImplementationFactory ?? throw new InvalidOperationException("AddLlmRouter no longer registers ILlmRouter by a factory.");
        collection.Remove(registered);
        collection.AddSingleton(sp => new CountingLlmRouter((ILlmRouter)build(sp)));
        collection.AddSingleton<ILlmRouter>(sp => sp.GetRequiredService<CountingLlmRouter>());
        collection.AddLlmInterviewer(configuration);

        var services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new RouterDayHost(services, services.GetRequiredService<CountingLlmRouter>(), logs);
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();
}
