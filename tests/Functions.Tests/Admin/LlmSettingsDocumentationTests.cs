using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.Tests.CustomHandler;
using MockInterview.Functions.Tests.Support;
using MockInterview.Interviewing;

namespace MockInterview.Functions.Tests.Admin;

/// <summary>local.settings.sample.json documents the admin, hosting, interviewer, LLM and Redis settings, and its
/// values are the defaults the app starts with.</summary>
public sealed class LlmSettingsDocumentationTests
{
    private static readonly string[] ProviderSettings =
    [
        "Name", "Preset", "BaseUrl", "ApiKey", "Model", "Priority", "Weight", "TimeoutSeconds", "Enabled",
        "RequestsPerMinute", "RequestsPerDay", "TokensPerMinute", "TokensPerDay", "DailyResetUtc", "ContextWindowTokens",
    ];

    private static readonly string[] Settings =
    [
        "Admin__ApiKey", "Hosting__Mode", "Interviewer__Brain", "Interviewer__Llm__CallTimeoutSeconds",
        "Llm__ResetQuotasSchedule", "Llm__TotalBudgetSeconds", "Llm__MaxAttempts", "Llm__DefaultMaxOutputTokens", "Llm__HealthWindowSize",
        "Llm__Circuit__FailureThreshold", "Llm__Circuit__BreakSeconds", "Llm__Circuit__RateLimitCooldownSeconds", "Llm__Circuit__MaxRetryAfterSeconds",
        "Llm__Cache__Enabled", "Llm__Cache__DefaultTtlSeconds", "Llm__Cache__MaxEntries", "Llm__Cache__MaxBytes",
        "Llm__Alerts__WebhookUrl", "Llm__Alerts__QuotaThresholdPercent", "Llm__Alerts__QuotaCheckSeconds", "Llm__Alerts__WebhookTimeoutSeconds",
        "Redis__ConnectionString", "Redis__KeyPrefix", "Redis__OperationTimeoutMilliseconds",
    ];

    private static readonly JsonObject Sample = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("local.settings.sample.json")))!.AsObject();

    [Fact]
    public void Sample_EverySettingOfTheLlmWiring_HasADefaultAndAComment()
    {
        var values = Sample["Values"]!.AsObject();
        var comments = Sample["_comment"]!.AsObject();

        foreach (var setting in Settings)
        {
            Assert.True(values.ContainsKey(setting), $"{setting} has no default in Values.");
            Assert.False(string.IsNullOrWhiteSpace((string?)comments[setting]), $"{setting} has no _comment.");
        }

        foreach (var setting in ProviderSettings.Select(s => $"Llm__Providers__<N>__{s}").Append("Llm__Cache__TtlSecondsByPurpose__<purpose>"))
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)comments[setting]), $"{setting} has no _comment.");
        }
    }

    [Fact]
    public void Sample_EveryValue_HasACommentOfItsOwnOrOfItsPattern()
    {
        // A comment key like Interviews__Modes__<mode>__QuestionMinutes documents every mode's value.
        var patterns = Sample["_comment"]!.AsObject()
            .Select(c => new Regex("^" + Regex.Replace(Regex.Escape(c.Key), "<[^>]+>", "[^_]+") + "$", RegexOptions.CultureInvariant))
            .ToList();

        Assert.All(Sample["Values"]!.AsObject(), value => Assert.True(patterns.Any(p => p.IsMatch(value.Key)), $"{value.Key} has no _comment."));
    }

    [Fact]
    public async Task Start_WithTheSamplesLlmValues_RunsOfflineWithAdminRoutesOff()
    {
        var settings = Sample["Values"]!.AsObject()
            .Where(v => Settings.Contains(v.Key))
            .ToDictionary(v => v.Key.Replace("__", ":", StringComparison.Ordinal), v => (string?)v.Value);
        using var factory = new AdminAppFactory(settings);
        using var client = factory.AdminClient();

        await Problems.AssertAsync(await client.GetAsync("/api/admin/providers"), HttpStatusCode.NotFound);
        Assert.IsType<OfflineInterviewerBrain>(factory.Services.GetRequiredService<IInterviewerBrain>());
    }
}
