using MockInterview.Llm.Redis;
using StackExchange.Redis;

namespace MockInterview.Llm.Quotas;

/// <summary>Quota counters shared by every app instance through Redis (layout: <see cref="RedisQuotaKeys"/>).</summary>
/// <remarks>A reservation is one Lua script, so concurrent callers on any instance never overshoot. When Redis cannot
/// be reached every method throws <see cref="LlmStoreUnavailableException"/> within the operation timeout.</remarks>
internal sealed class RedisQuotaStore(RedisConnection connection) : IQuotaStore
{
    private static readonly string[] Refusals =
    [
        "", QuotaLimitNames.RequestsPerDay, QuotaLimitNames.TokensPerDay, QuotaLimitNames.RequestsPerMinute, QuotaLimitNames.TokensPerMinute,
    ];

    private static readonly RedisValue[] Fields = ["requests", "tokens"];

    public async ValueTask<QuotaDecision> TryReserveAsync(string provider, QuotaLimits limits, long estimatedTokens, DateTimeOffset now, CancellationToken cancellationToken)
    {
        QuotaCheck.ValidateArguments(provider, limits);
        ArgumentOutOfRangeException.ThrowIfNegative(estimatedTokens);
        RedisKey[] keys = [MinuteKey(provider, now), DayKey(provider, limits, now)];
        RedisValue[] arguments =
        [
            limits.RequestsPerMinute ?? -1, limits.RequestsPerDay ?? -1, limits.TokensPerMinute ?? -1, limits.TokensPerDay ?? -1,
            estimatedTokens, (long)RedisQuotaKeys.MinuteKeyLifetime.TotalMilliseconds, (long)RedisQuotaKeys.DayKeyLifetime.TotalMilliseconds,
        ];
        var result = await connection.RunAsync(
            "reserve quota",
            m => m.GetDatabase().ScriptEvaluateAsync(RedisQuotaScripts.Reserve, keys, arguments),
            cancellationToken).ConfigureAwait(false);
        var refused = (int)result;
        return refused == 0 ? QuotaDecision.Allowed : QuotaCheck.Refused(Refusals[refused], limits, now);
    }

    public async ValueTask AdjustTokensAsync(string provider, QuotaLimits limits, long tokenDelta, DateTimeOffset now, CancellationToken cancellationToken)
    {
        QuotaCheck.ValidateArguments(provider, limits);
        RedisKey[] keys = [MinuteKey(provider, now), DayKey(provider, limits, now)];
        RedisValue[] arguments =
        [
            tokenDelta, (long)RedisQuotaKeys.MinuteKeyLifetime.TotalMilliseconds, (long)RedisQuotaKeys.DayKeyLifetime.TotalMilliseconds,
        ];
        await connection.RunAsync(
            "adjust quota tokens",
            m => m.GetDatabase().ScriptEvaluateAsync(RedisQuotaScripts.AdjustTokens, keys, arguments),
            cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<QuotaUsage> GetUsageAsync(string provider, QuotaLimits limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        QuotaCheck.ValidateArguments(provider, limits);
        var (minute, day) = await connection.RunAsync(
            "read quota usage",
            async m =>
            {
                var database = m.GetDatabase();
                var minuteRead = database.HashGetAsync(MinuteKey(provider, now), Fields);
                var dayRead = database.HashGetAsync(DayKey(provider, limits, now), Fields);
                return (await minuteRead.ConfigureAwait(false), await dayRead.ConfigureAwait(false));
            },
            cancellationToken).ConfigureAwait(false);
        return new QuotaUsage(
            Count(minute[0]), Count(day[0]), Count(minute[1]), Count(day[1]), QuotaLimits.MinuteStart(now), limits.DayStart(now));
    }

    public async ValueTask ResetDayAsync(string provider, QuotaLimits limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        QuotaCheck.ValidateArguments(provider, limits);
        await connection.RunAsync(
            "reset the quota day",
            m => m.GetDatabase().KeyDeleteAsync(DayKey(provider, limits, now)),
            cancellationToken).ConfigureAwait(false);
    }

    private static long Count(RedisValue value) => value.IsNull ? 0 : (long)value;

    private string MinuteKey(string provider, DateTimeOffset now) => RedisQuotaKeys.Minute(connection.KeyPrefix, provider, now);

    private string DayKey(string provider, QuotaLimits limits, DateTimeOffset now) => RedisQuotaKeys.Day(connection.KeyPrefix, provider, limits, now);
}
