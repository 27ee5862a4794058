using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.Tests.CustomHandler;
using MockInterview.Llm.Routing;
using MockInterview.Llm.Quotas;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Admin;

/// <summary>The real app with LLM providers configured (on closed loopback ports: nothing here calls them), an admin key
/// and a manual clock at 2026-01-01T09:00Z.</summary>
internal sealed class AdminAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The admin key of <see cref="WithProviders"/>.</summary>
    public const string AdminKey = "test-admin-key-0123456789";

    /// <summary>The key configured for provider beta, which must never show in an answer.</summary>
    public const string BetaApiKey = "beta-secret-key-abcdef";

    private readonly string dataDirectory = TempDirectory.Create();
    private readonly Dictionary<string, string?> settings;

    public AdminAppFactory(Dictionary<string, string?> settings) => this.settings = settings;

    /// <summary>The app's clock.</summary>
    public ManualTimeProvider Clock { get; } = new();

    /// <summary>Settings with two providers: alpha (tier 0, day starts 10:00 UTC, 100 requests/day, 1,000 tokens/minute)
    /// and beta (tier 1, day starts 00:00 UTC, 10 requests/minute, a key), plus <paramref name="extra"/>.</summary>
    public static Dictionary<string, string?> WithProviders(params (string Key, string? Value)[] extra)
    {
        var values = new Dictionary<string, string?>
        {
            ["Admin:ApiKey"] = AdminKey,
            ["Llm:Providers:0:Name"] = "alpha",
            ["Llm:Providers:0:BaseUrl"] = "http://127.0.0.1:1/v1",
            ["Llm:Providers:0:Model"] = "model-a",
            ["Llm:Providers:0:RequestsPerDay"] = "100",
            ["Llm:Providers:0:TokensPerMinute"] = "1000",
            ["Llm:Providers:0:DailyResetUtc"] = "10:00",
            ["Llm:Providers:1:Name"] = "beta",
            ["Llm:Providers:1:BaseUrl"] = "http://127.0.0.1:2/v1",
            ["Llm:Providers:1:Model"] = "model-b",
            ["Llm:Providers:1:ApiKey"] = BetaApiKey,
            ["Llm:Providers:1:Priority"] = "1",
            ["Llm:Providers:1:RequestsPerMinute"] = "10",
        };
        foreach (var (key, value) in extra)
        {
            values[key] = value;
        }

        return values;
    }

    /// <summary>A client that sends the admin key.</summary>
    public HttpClient AdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", AdminKey);
        return client;
    }

    /// <summary>Counts one request and <paramref name="tokens"/> for <paramref name="provider"/> now, in the app's quota store.</summary>
    public async Task UseQuotaAsync(string provider, long tokens = 50)
    {
        var limits = await LimitsAsync(provider);
        var decision = await Services.GetRequiredService<IQuotaStore>().TryReserveAsync(provider, limits, tokens, Clock.GetUtcNow(), CancellationToken.None);
        Assert.True(decision.Granted, $"The test could not use {provider}'s quota.");
    }

    /// <summary>Requests counted today (in the provider's current day) for <paramref name="provider"/>.</summary>
    public async Task<long> RequestsTodayAsync(string provider)
    {
        var limits = await LimitsAsync(provider);
        var usage = await Services.GetRequiredService<IQuotaStore>().GetUsageAsync(provider, limits, Clock.GetUtcNow(), CancellationToken.None);
        return usage.RequestsToday;
    }

    /// <summary>GETs <paramref name="path"/> with the admin key and parses the JSON answer.</summary>
    public async Task<JsonNode> GetJsonAsync(string path)
    {
        using var client = AdminClient();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>POSTs <paramref name="body"/> as JSON with the admin key.</summary>
    public async Task<HttpResponseMessage> PostAdminAsync(string path, object? body)
    {
        using var client = AdminClient();
        return body is null ? await client.PostAsync(path, null) : await client.PostAsJsonAsync(path, body);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Workflows:ConnectionString", $"Data Source={Path.Combine(dataDirectory, "workflows.db")}");
        builder.UseSetting("Interviews:ConnectionString", $"Data Source={Path.Combine(dataDirectory, "interviews.db")}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TempDirectory.Delete(dataDirectory);
        }
    }

    private async Task<QuotaLimits> LimitsAsync(string provider)
    {
        var health = await Services.GetRequiredService<ILlmRouter>().GetHealthAsync(CancellationToken.None);
        return health.Providers.Single(p => p.Name == provider).Limits;
    }
}
