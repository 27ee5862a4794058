namespace MockInterview.Llm.Configuration;

/// <summary>Where alerts go and when quota alerts fire (<c>Llm:Alerts</c>).</summary>
public sealed class LlmAlertOptions
{
    /// <summary>Optional URL that receives each alert as a JSON POST.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Quota use (of any limit, in percent) that raises a quota alert.</summary>
    public double QuotaThresholdPercent { get; set; } = 80;

    /// <summary>Least time between two quota-usage checks of one provider, in seconds.</summary>
    public double QuotaCheckSeconds { get; set; } = 30;

    /// <summary>Timeout of one webhook POST, in seconds.</summary>
    public double WebhookTimeoutSeconds { get; set; } = 5;
}
