using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Llm;
using MockInterview.Llm.Caching;
using MockInterview.Llm.Configuration;
using MockInterview.Llm.Health;
using MockInterview.Llm.Providers;
using MockInterview.Llm.Quotas;
using MockInterview.Llm.Routing;

namespace MockInterview.Benchmarks;

/// <summary>A router configured the way the app configures it (the <c>Llm</c> section, AddLlmRouter's memory quota
/// store and cache), with its providers on <see cref="RouterFakeServer"/> and each provider client wrapped in a
/// <see cref="TimedChatProvider"/>.</summary>
internal sealed class RouterSetup : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private RouterSetup(ServiceProvider services, LlmRouter router, IReadOnlyDictionary<string, TimedChatProvider> clients)
    {
        this.services = services;
        Router = router;
        Clients = clients;
    }

    public ILlmRouter Router { get; }

    /// <summary>The timed client of each provider, by name.</summary>
    public IReadOnlyDictionary<string, TimedChatProvider> Clients { get; }

    public ILlmCache Cache => services.GetRequiredService<ILlmCache>();

    /// <summary>Builds a router. Each provider is (name, priority, weight); quotas are set high enough never to refuse,
    /// so the quota path runs on every call without changing the routing.</summary>
    public static RouterSetup Create(RouterFakeServer server, TimeProvider time, IEnumerable<(string Name, int Priority, int Weight)> providers,
        IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:TotalBudgetSeconds"] = "20",
            ["Llm:MaxAttempts"] = "4",
            ["Llm:Circuit:FailureThreshold"] = "3",
            ["Llm:Circuit:BreakSeconds"] = "30",
            ["Llm:Cache:MaxEntries"] = "1000000",
            ["Llm:Cache:MaxBytes"] = (1L << 30).ToString(CultureInfo.InvariantCulture),
        };
        var i = 0;
        foreach (var (name, priority, weight) in providers)
        {
            var prefix = $"Llm:Providers:{i++}:";
            settings[prefix + "Name"] = name;
            settings[prefix + "BaseUrl"] = server.BaseUrl(name);
            settings[prefix + "ApiKey"] = $"sk-bench-{name}";
            settings[prefix + "Model"] = $"model-{name}";
            settings[prefix + "Priority"] = priority.ToString(CultureInfo.InvariantCulture);
            settings[prefix + "Weight"] = weight.ToString(CultureInfo.InvariantCulture);
            settings[prefix + "TimeoutSeconds"] = "2";
            settings[prefix + "RequestsPerMinute"] = "10000000";
            settings[prefix + "RequestsPerDay"] = "1000000000";
            settings[prefix + "TokensPerMinute"] = "100000000000";
            settings[prefix + "TokensPerDay"] = "1000000000000";
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton(time)
            .AddLogging()
            .AddLlmRouter(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var clients = new Dictionary<string, TimedChatProvider>(StringComparer.Ordinal);
        var router = new LlmRouter(
            services.GetRequiredService<IOptions<LlmOptions>>(),
            services.GetRequiredService<IQuotaStore>(),
            services.GetRequiredService<ILlmCache>(),
            services.GetRequiredService<LlmAlerter>(),
            time,
            services.GetRequiredService<ILogger<LlmRouter>>(),
            d => clients[d.Name] = new TimedChatProvider(new OpenAiChatProvider(d, time)));
        return new RouterSetup(services, router, clients);
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();
}
