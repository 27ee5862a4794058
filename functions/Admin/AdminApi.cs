using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MockInterview.Llm.Caching;
using MockInterview.Llm.Configuration;
using MockInterview.Llm.Health;
using MockInterview.Llm.Quotas;
using MockInterview.Llm.Routing;

namespace MockInterview.Functions.Admin;

/// <summary>The operator endpoints under <c>/api/admin</c>: LLM provider health, cache counters, quota reset.</summary>
/// <remarks>They sit outside the candidate authentication: every route needs the admin key (<see cref="AdminKeyFilter"/>)
/// and nothing else. See docs/api-contract.md, "Admin".</remarks>
internal static class AdminApi
{
    private const string Masked = "***";

    /// <summary>Binds <c>Admin:ApiKey</c> (checked at start: unset, or at least 16 characters).</summary>
    public static IServiceCollection AddAdminApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>()
            .Bind(configuration.GetSection(AdminOptions.SectionName))
            .Validate(
                o => string.IsNullOrEmpty(o.ApiKey) || (o.ApiKey.Length >= AdminOptions.MinimumKeyLength && o.ApiKey.Trim() == o.ApiKey),
                $"Admin:ApiKey must be at least {AdminOptions.MinimumKeyLength} characters without leading or trailing spaces (or unset, which turns the admin routes off).")
            .ValidateOnStart();
        return services;
    }

    /// <summary>Maps the admin endpoints.</summary>
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin")
            .WithTags("Admin")
            .AllowAnonymous()
            .AddEndpointFilter<AdminKeyFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapGet("/providers", GetProviders).WithName("AdminGetProviders")
            .WithSummary("LLM provider health: success rate, latency, circuit, quota use per limit, recent alerts. Needs X-Admin-Key.");
        admin.MapGet("/cache", GetCache).WithName("AdminGetCache")
            .WithSummary("LLM response cache counters: hits, misses, hit rate, entries, bytes. Needs X-Admin-Key.");
        admin.MapPost("/quotas/reset", ResetQuotas).WithName("AdminResetQuotas")
            .WithSummary("Start the day over for one provider ({\"provider\":…} or ?provider=…) or all. Needs X-Admin-Key.")
            .Accepts<ResetQuotasRequest>(isOptional: true, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    public static async Task<Ok<AdminProvidersView>> GetProviders(
        ILlmRouter router, IOptions<LlmOptions> llm, CancellationToken cancellationToken)
    {
        var health = await router.GetHealthAsync(cancellationToken);
        var keys = llm.Value.Providers.Select(p => p.ApiKey?.Trim()).OfType<string>().Where(k => k.Length >= 8).ToList();
        var providers = health.Providers.Select(p => new ProviderHealthView(
            p.Name,
            p.Model,
            p.Priority,
            p.Weight,
            p.Circuit,
            p.OpenUntil,
            p.Disabled,
            p.RecentCalls,
            p.SuccessRate,
            p.LatencyP50Milliseconds,
            p.LatencyP95Milliseconds,
            p.Limits.DailyResetUtc.ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture),
            p.Usage?.DayStart ?? p.Limits.DayStart(health.At),
            p.QuotaUsedPercent,
            Quotas(p.Limits, p.Usage),
            Mask(p.LastError, keys),
            p.LastErrorAt)).ToList();
        var alerts = health.RecentAlerts.Select(a => a with { Message = Mask(a.Message, keys)! }).ToList();
        return TypedResults.Ok(new AdminProvidersView(health.At, health.AllProvidersDown, providers, alerts));
    }

    public static async Task<Ok<AdminCacheView>> GetCache(
        ILlmCache cache, IOptions<LlmOptions> llm, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var statistics = await cache.GetStatisticsAsync(cancellationToken);
        var store = string.IsNullOrWhiteSpace(configuration["Redis:ConnectionString"]) ? "memory" : "redis";
        return TypedResults.Ok(new AdminCacheView(
            llm.Value.Cache.Enabled, store, statistics.Hits, statistics.Misses, statistics.HitRate, statistics.Entries, statistics.Bytes));
    }

    // The body is read here rather than bound, so that the key check runs before anything about the body is answered.
    public static async Task<Results<Ok<QuotasResetView>, ProblemHttpResult>> ResetQuotas(
        HttpRequest request, ILlmRouter router, TimeProvider time, CancellationToken cancellationToken)
    {
        var fromQuery = request.Query["provider"];
        if (fromQuery.Count > 1)
        {
            return BadRequest("Give the provider parameter at most once.");
        }

        string? fromBody = null;
        if (request.ContentLength is > 0)
        {
            if (!request.HasJsonContentType())
            {
                return TypedResults.Problem(
                    detail: "The request body must be JSON (Content-Type: application/json), e.g. {\"provider\":\"groq\"}, or empty.",
                    statusCode: StatusCodes.Status415UnsupportedMediaType);
            }

            try
            {
                using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
                if (body.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return BadRequest("The request body must be a JSON object, e.g. {\"provider\":\"groq\"}.");
                }

                foreach (var property in body.RootElement.EnumerateObject())
                {
                    if (!property.Name.Equals("provider", StringComparison.OrdinalIgnoreCase))
                    {
                        return BadRequest($"Unknown property '{property.Name}'; the body may only have 'provider'.");
                    }

                    if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        return BadRequest("'provider' must be a string (or null for every provider).");
                    }

                    fromBody = property.Value.GetString();
                }
            }
            catch (JsonException e)
            {
                return BadRequest($"The request body is not valid JSON: {e.Message}");
            }
        }

        var query = fromQuery.Count == 1 ? fromQuery[0] : null;
        if (!string.IsNullOrWhiteSpace(query) && !string.IsNullOrWhiteSpace(fromBody) && !query.Equals(fromBody, StringComparison.OrdinalIgnoreCase))
        {
            return BadRequest($"The query names provider '{query}' and the body '{fromBody}'; give one.");
        }

        var provider = (string.IsNullOrWhiteSpace(query) ? fromBody : query)?.Trim();
        provider = string.IsNullOrEmpty(provider) ? null : provider;
        var reset = await router.ResetDailyQuotasAsync(provider, cancellationToken);
        if (provider is not null && reset.Count == 0)
        {
            var health = await router.GetHealthAsync(cancellationToken);
            var known = health.Providers.Count == 0 ? "none is configured" : "configured: " + string.Join(", ", health.Providers.Select(p => p.Name));
            return TypedResults.Problem(detail: $"No LLM provider is named '{provider}' ({known}).", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok(new QuotasResetView(time.GetUtcNow(), reset));
    }

    private static List<QuotaLimitView> Quotas(QuotaLimits limits, QuotaUsage? usage) =>
    [
        Limit("requestsPerMinute", limits.RequestsPerMinute, usage?.RequestsThisMinute),
        Limit("requestsPerDay", limits.RequestsPerDay, usage?.RequestsToday),
        Limit("tokensPerMinute", limits.TokensPerMinute, usage?.TokensThisMinute),
        Limit("tokensPerDay", limits.TokensPerDay, usage?.TokensToday),
    ];

    private static QuotaLimitView Limit(string name, long? limit, long? used) =>
        new(name, limit, used, limit is > 0 && used is { } u ? Math.Round(u * 100.0 / limit.Value, 1) : null);

    private static string? Mask(string? text, List<string> keys)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var key in keys)
        {
            text = text.Replace(key, Masked, StringComparison.Ordinal);
        }

        return text;
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
