using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockInterview.TestSupport;

namespace MockInterview.Llm.Tests.Support;

/// <summary>Builds a router from configuration keys, the way the app does, with providers on the fake server.</summary>
internal sealed class RouterBuilder(FakeOpenAiServer server)
{
    private readonly Dictionary<string, string?> settings = new()
    {
        ["Llm:Circuit:BreakSeconds"] = "30",
        ["Llm:TotalBudgetSeconds"] = "60",
        ["Llm:Alerts:QuotaCheckSeconds"] = "0",
    };

    private int providers;

    /// <summary>Adds a provider; <paramref name="extra"/> are "Key=Value" settings of that provider.</summary>
    public RouterBuilder Provider(string name, int priority = 0, int weight = 1, params string[] extra)
    {
        var prefix = $"Llm:Providers:{providers++}:";
        settings[prefix + "Name"] = name;
        settings[prefix + "BaseUrl"] = server.BaseUrl(name);
        settings[prefix + "ApiKey"] = SecretOf(name);
        settings[prefix + "Model"] = $"model-{name}";
        settings[prefix + "Priority"] = priority.ToString(CultureInfo.InvariantCulture);
        settings[prefix + "Weight"] = weight.ToString(CultureInfo.InvariantCulture);
        settings[prefix + "TimeoutSeconds"] = "5";
        foreach (var pair in extra)
        {
            var (key, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            settings[prefix + key] = value;
        }

        return this;
    }

    /// <summary>Sets a router-wide key, e.g. ("Llm:MaxAttempts", "3").</summary>
    public RouterBuilder Set(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    public static string SecretOf(string provider) => $"sk-test-{provider}-0123456789secret";

    public RouterUnderTest Build(ManualTimeProvider? clock = null)
    {
        clock ??= new ManualTimeProvider();
        var logs = new CapturedLogs();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug))
            .AddLlmRouter(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new RouterUnderTest(services, clock, logs);
    }
}
