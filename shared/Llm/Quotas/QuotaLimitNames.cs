namespace MockInterview.Llm.Quotas;

/// <summary>The values of <see cref="QuotaDecision.ExhaustedLimit"/>.</summary>
public static class QuotaLimitNames
{
    public const string RequestsPerMinute = "requestsPerMinute";
    public const string RequestsPerDay = "requestsPerDay";
    public const string TokensPerMinute = "tokensPerMinute";
    public const string TokensPerDay = "tokensPerDay";
}
