namespace MockInterview.Llm.Quotas;

/// <summary>A provider's free-tier limits; null means no limit of that kind.</summary>
/// <param name="RequestsPerMinute">Requests per clock minute (UTC).</param>
/// <param name="RequestsPerDay">Requests per provider day.</param>
/// <param name="TokensPerMinute">Prompt + completion tokens per clock minute (UTC).</param>
/// <param name="TokensPerDay">Prompt + completion tokens per provider day.</param>
/// <param name="DailyResetUtc">Time of day (UTC) at which the provider's day starts, e.g. 00:00 or 08:00 (midnight Pacific).</param>
public sealed record QuotaLimits(
    int? RequestsPerMinute,
    int? RequestsPerDay,
    long? TokensPerMinute,
    long? TokensPerDay,
    TimeSpan DailyResetUtc)
{
    /// <summary>No limits at all (a local server).</summary>
    public static QuotaLimits Unlimited { get; } = new(null, null, null, null, TimeSpan.Zero);

    /// <summary>Start of the provider day that contains <paramref name="now"/>.</summary>
    public DateTimeOffset DayStart(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var start = new DateTimeOffset(utc.Date, TimeSpan.Zero) + DailyResetUtc;
        return start > utc ? start.AddDays(-1) : start;
    }

    /// <summary>Start of the clock minute that contains <paramref name="now"/>.</summary>
    public static DateTimeOffset MinuteStart(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
    }
}
