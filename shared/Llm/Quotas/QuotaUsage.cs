namespace MockInterview.Llm.Quotas;

/// <summary>What a provider has used in its current minute and day windows.</summary>
public sealed record QuotaUsage(
    long RequestsThisMinute,
    long RequestsToday,
    long TokensThisMinute,
    long TokensToday,
    DateTimeOffset MinuteStart,
    DateTimeOffset DayStart);
