using System.Globalization;

namespace MockInterview.Llm.Quotas;

/// <summary>Key layout of the Redis quota store.</summary>
/// <remarks><c>{prefix}quota:{provider}:m:yyyyMMddTHHmmZ</c> and <c>{prefix}quota:{provider}:d:yyyyMMddTHHmmZ</c> are
/// hashes with the fields <c>requests</c> and <c>tokens</c> of the minute and the provider day starting at that UTC
/// time. The braces are a hash tag, so a provider's keys share a cluster slot and one script can touch both.</remarks>
internal static class RedisQuotaKeys
{
    /// <summary>Minute windows live two minutes, day windows two days (refreshed on every write).</summary>
    public static readonly TimeSpan MinuteKeyLifetime = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan DayKeyLifetime = TimeSpan.FromDays(2);

    public static string Minute(string prefix, string provider, DateTimeOffset now) =>
        Key(prefix, provider, "m", QuotaLimits.MinuteStart(now));

    public static string Day(string prefix, string provider, QuotaLimits limits, DateTimeOffset now) =>
        Key(prefix, provider, "d", limits.DayStart(now));

    private static string Key(string prefix, string provider, string window, DateTimeOffset start) =>
        $"{prefix}quota:{{{provider}}}:{window}:{start.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture)}";
}
