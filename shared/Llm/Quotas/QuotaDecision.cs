namespace MockInterview.Llm.Quotas;

/// <summary>The answer to a reservation: granted (and counted), or refused with the limit that ran out.</summary>
/// <param name="Granted">True when the request was counted and may be sent.</param>
/// <param name="ExhaustedLimit">When refused: requestsPerMinute, requestsPerDay, tokensPerMinute or tokensPerDay.</param>
/// <param name="RetryAt">When refused: when that window starts over.</param>
public sealed record QuotaDecision(bool Granted, string? ExhaustedLimit = null, DateTimeOffset? RetryAt = null)
{
    public static QuotaDecision Allowed { get; } = new(true);
}
