using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Llm.Configuration;

namespace MockInterview.Llm.Health;

/// <summary>Logs alerts, keeps the latest for the health report and posts each to the optional webhook.</summary>
/// <remarks>The router raises an alert once per state change; the webhook runs in the background and its failures
/// are logged, never thrown into a call.</remarks>
internal sealed class LlmAlerter : IDisposable
{
    private const int Kept = 50;
    private readonly Lock gate = new();
    private readonly Queue<LlmAlert> recent = new();
    private readonly ILogger<LlmAlerter> logger;
    private readonly TimeProvider time;
    private readonly Uri? webhook;
    private readonly HttpClient? http;

    public LlmAlerter(IOptions<LlmOptions> options, TimeProvider time, ILogger<LlmAlerter> logger)
    {
        this.logger = logger;
        this.time = time;
        var url = options.Value.Alerts.WebhookUrl;
        if (!string.IsNullOrWhiteSpace(url))
        {
            webhook = new Uri(url);
            http = new HttpClient { Timeout = TimeSpan.FromSeconds(options.Value.Alerts.WebhookTimeoutSeconds) };
        }
    }

    public IReadOnlyList<LlmAlert> Recent()
    {
        lock (gate)
        {
            return [.. recent];
        }
    }

    public void Raise(LlmAlertKind kind, string? provider, string message)
    {
        var alert = new LlmAlert(kind, provider, message, time.GetUtcNow());
        lock (gate)
        {
            recent.Enqueue(alert);
            while (recent.Count > Kept)
            {
                recent.Dequeue();
            }
        }

        var level = kind is LlmAlertKind.ProviderRecovered or LlmAlertKind.ProvidersBack ? LogLevel.Information
            : kind is LlmAlertKind.AllProvidersDown or LlmAlertKind.ProviderDisabled ? LogLevel.Error
            : LogLevel.Warning;
        logger.Log(level, "LLM alert {Kind} for {Provider}: {Message}", kind, provider ?? "all providers", message);
        if (webhook is not null)
        {
            _ = PostAsync(alert);
        }
    }

    public void Dispose() => http?.Dispose();

    private async Task PostAsync(LlmAlert alert)
    {
        try
        {
            using var response = await http!.PostAsJsonAsync(webhook, new
            {
                kind = alert.Kind.ToString(),
                provider = alert.Provider,
                message = alert.Message,
                at = alert.At,
            }).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("The LLM alert webhook answered {Status} for {Kind}", (int)response.StatusCode, alert.Kind);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or ObjectDisposedException)
        {
            logger.LogWarning("The LLM alert webhook failed for {Kind}: {Error}", alert.Kind, ex.Message);
        }
    }
}
