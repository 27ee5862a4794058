using MockInterview.Llm.Quotas;

namespace MockInterview.Llm.Tests.Quotas;

/// <summary>What every <see cref="IQuotaStore"/> must do; run against the memory and the Redis store.</summary>
public abstract class QuotaStoreContractTests
{
    protected static readonly DateTimeOffset Nine = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The store under test (a fresh, empty one per test).</summary>
    internal abstract IQuotaStore Store { get; }

    /// <summary>Another instance sharing <see cref="Store"/>'s counters (another app instance).</summary>
    internal abstract IQuotaStore CreatePeer();

    private static QuotaLimits Limits(int? rpm = null, int? rpd = null, long? tpm = null, long? tpd = null, int resetHour = 0) =>
        new(rpm, rpd, tpm, tpd, TimeSpan.FromHours(resetHour));

    [Fact]
    public async Task TryReserve_UnderAllLimits_GrantsAndCounts()
    {
        var limits = Limits(rpm: 10, rpd: 100, tpm: 1_000, tpd: 10_000);

        var decision = await Store.TryReserveAsync("groq", limits, 250, Nine.AddSeconds(5), default);
        var usage = await Store.GetUsageAsync("groq", limits, Nine.AddSeconds(30), default);

        Assert.True(decision.Granted);
        Assert.Null(decision.ExhaustedLimit);
        Assert.Equal(new QuotaUsage(1, 1, 250, 250, Nine, Nine.AddHours(-9)), usage);
    }

    [Fact]
    public async Task GetUsage_NothingCounted_ReturnsZerosAndWindowStarts()
    {
        var limits = Limits(resetHour: 8);

        var usage = await Store.GetUsageAsync("groq", limits, Nine.AddSeconds(42.5), default);

        Assert.Equal(new QuotaUsage(0, 0, 0, 0, Nine, Nine.AddHours(-1)), usage);
    }

    [Fact]
    public async Task TryReserve_RequestsPerMinuteReached_RefusesWithoutCountingUntilNextMinute()
    {
        var limits = Limits(rpm: 2, tpm: 1_000);
        await Store.TryReserveAsync("groq", limits, 10, Nine, default);
        await Store.TryReserveAsync("groq", limits, 10, Nine.AddSeconds(1), default);

        var refused = await Store.TryReserveAsync("groq", limits, 10, Nine.AddSeconds(59), default);
        var usage = await Store.GetUsageAsync("groq", limits, Nine.AddSeconds(59), default);
        var nextMinute = await Store.TryReserveAsync("groq", limits, 10, Nine.AddMinutes(1), default);

        Assert.Equal(new QuotaDecision(false, QuotaLimitNames.RequestsPerMinute, Nine.AddMinutes(1)), refused);
        Assert.Equal((2, 20), (usage.RequestsThisMinute, usage.TokensThisMinute));
        Assert.Equal((2, 20), (usage.RequestsToday, usage.TokensToday));
        Assert.True(nextMinute.Granted);
    }

    [Fact]
    public async Task TryReserve_TokensPerMinuteWouldBeExceeded_RefusesButSmallerRequestFits()
    {
        var limits = Limits(tpm: 1_000);
        await Store.TryReserveAsync("groq", limits, 900, Nine, default);

        var tooBig = await Store.TryReserveAsync("groq", limits, 101, Nine.AddSeconds(10), default);
        var fits = await Store.TryReserveAsync("groq", limits, 100, Nine.AddSeconds(10), default);
        var usage = await Store.GetUsageAsync("groq", limits, Nine.AddSeconds(10), default);

        Assert.Equal(new QuotaDecision(false, QuotaLimitNames.TokensPerMinute, Nine.AddMinutes(1)), tooBig);
        Assert.True(fits.Granted);
        Assert.Equal((2, 1_000), (usage.RequestsThisMinute, usage.TokensThisMinute));
    }

    [Fact]
    public async Task TryReserve_RequestsPerDayReached_RefusesUntilTheProviderDayStarts()
    {
        var limits = Limits(rpd: 3, resetHour: 8);
        var now = new DateTimeOffset(2026, 1, 2, 7, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await Store.TryReserveAsync("gemini", limits, 0, now.AddMinutes(i), default)).Granted);
        }

        var refused = await Store.TryReserveAsync("gemini", limits, 0, now.AddMinutes(59).AddSeconds(59), default);
        var afterReset = await Store.TryReserveAsync("gemini", limits, 0, now.AddHours(1), default);
        var usage = await Store.GetUsageAsync("gemini", limits, now.AddHours(1), default);

        Assert.Equal(new QuotaDecision(false, QuotaLimitNames.RequestsPerDay, now.AddHours(1)), refused);
        Assert.True(afterReset.Granted);
        Assert.Equal(1, usage.RequestsToday);
        Assert.Equal(now.AddHours(1), usage.DayStart);
    }

    [Fact]
    public async Task TryReserve_TokensPerDayWouldBeExceeded_RefusesUntilTomorrow()
    {
        var limits = Limits(tpd: 5_000);
        await Store.TryReserveAsync("gemini", limits, 4_000, Nine, default);

        var refused = await Store.TryReserveAsync("gemini", limits, 1_500, Nine.AddHours(3), default);

        Assert.Equal(new QuotaDecision(false, QuotaLimitNames.TokensPerDay, new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero)), refused);
    }

    [Fact]
    public async Task TryReserve_DayAndMinuteBothOut_ReportsTheDay()
    {
        var limits = Limits(rpm: 1, rpd: 1);
        await Store.TryReserveAsync("groq", limits, 0, Nine, default);

        var refused = await Store.TryReserveAsync("groq", limits, 0, Nine.AddSeconds(1), default);

        Assert.Equal(QuotaLimitNames.RequestsPerDay, refused.ExhaustedLimit);
        Assert.Equal(Nine.AddHours(15), refused.RetryAt);
    }

    [Fact]
    public async Task TryReserve_Refused_CountsNothing()
    {
        var limits = Limits(rpm: 5, tpm: 100);
        await Store.TryReserveAsync("groq", limits, 60, Nine, default);

        for (var i = 0; i < 10; i++)
        {
            Assert.False((await Store.TryReserveAsync("groq", limits, 50, Nine.AddSeconds(1), default)).Granted);
        }

        var usage = await Store.GetUsageAsync("groq", limits, Nine.AddSeconds(1), default);
        Assert.Equal(new QuotaUsage(1, 1, 60, 60, Nine, usage.DayStart), usage);
    }

    [Fact]
    public async Task TryReserve_NoLimits_GrantsAndStillCounts()
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.True((await Store.TryReserveAsync("local", QuotaLimits.Unlimited, 1_000, Nine, default)).Granted);
        }

        var usage = await Store.GetUsageAsync("local", QuotaLimits.Unlimited, Nine, default);
        Assert.Equal((50, 50_000), (usage.RequestsToday, usage.TokensToday));
    }

    [Fact]
    public async Task TryReserve_OtherProvider_HasItsOwnCounters()
    {
        var limits = Limits(rpm: 1);
        await Store.TryReserveAsync("groq", limits, 10, Nine, default);

        var other = await Store.TryReserveAsync("cerebras", limits, 10, Nine, default);

        Assert.True(other.Granted);
        Assert.False((await Store.TryReserveAsync("groq", limits, 10, Nine, default)).Granted);
    }

    [Fact]
    public async Task AdjustTokens_RealUsageLower_FreesRoomButNeverGoesBelowZero()
    {
        var limits = Limits(tpm: 1_000, tpd: 10_000);
        await Store.TryReserveAsync("groq", limits, 800, Nine, default);
        await Store.AdjustTokensAsync("groq", limits, -500, Nine.AddSeconds(2), default);
        var afterCorrection = await Store.GetUsageAsync("groq", limits, Nine.AddSeconds(2), default);
        var fits = await Store.TryReserveAsync("groq", limits, 700, Nine.AddSeconds(3), default);

        await Store.AdjustTokensAsync("groq", limits, -5_000, Nine.AddSeconds(4), default);
        var floored = await Store.GetUsageAsync("groq", limits, Nine.AddSeconds(4), default);

        Assert.Equal((300, 300), (afterCorrection.TokensThisMinute, afterCorrection.TokensToday));
        Assert.True(fits.Granted);
        Assert.Equal((0, 0), (floored.TokensThisMinute, floored.TokensToday));
        Assert.Equal(2, floored.RequestsThisMinute);
    }

    [Fact]
    public async Task AdjustTokens_RealUsageHigher_CountsTowardTheLimit()
    {
        var limits = Limits(tpm: 1_000);
        await Store.TryReserveAsync("groq", limits, 100, Nine, default);
        await Store.AdjustTokensAsync("groq", limits, 850, Nine.AddSeconds(1), default);

        var refused = await Store.TryReserveAsync("groq", limits, 100, Nine.AddSeconds(2), default);

        Assert.Equal(QuotaLimitNames.TokensPerMinute, refused.ExhaustedLimit);
    }

    [Fact]
    public async Task ResetDay_ClearsTheDayCountersOnly()
    {
        var limits = Limits(rpm: 10, rpd: 2);
        await Store.TryReserveAsync("groq", limits, 40, Nine, default);
        await Store.TryReserveAsync("groq", limits, 40, Nine, default);
        await Store.TryReserveAsync("cerebras", limits, 40, Nine, default);
        Assert.False((await Store.TryReserveAsync("groq", limits, 40, Nine, default)).Granted);

        await Store.ResetDayAsync("groq", limits, Nine.AddSeconds(1), default);
        var usage = await Store.GetUsageAsync("groq", limits, Nine.AddSeconds(1), default);
        var other = await Store.GetUsageAsync("cerebras", limits, Nine.AddSeconds(1), default);

        Assert.Equal((2, 80, 0, 0), (usage.RequestsThisMinute, usage.TokensThisMinute, usage.RequestsToday, usage.TokensToday));
        Assert.Equal(1, other.RequestsToday);
        Assert.True((await Store.TryReserveAsync("groq", limits, 40, Nine.AddSeconds(2), default)).Granted);
    }

    [Fact]
    public async Task TryReserve_ConcurrentCallersOnTwoInstances_NeverOvershoot()
    {
        var limits = Limits(rpd: 100, tpd: 1_000_000);
        var peer = CreatePeer();

        var decisions = await Task.WhenAll(Enumerable.Range(0, 1_000).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? Store : peer).TryReserveAsync("groq", limits, 7, Nine.AddMilliseconds(i), default))));
        var usage = await peer.GetUsageAsync("groq", limits, Nine.AddSeconds(2), default);

        Assert.Equal(100, decisions.Count(d => d.Granted));
        Assert.All(decisions.Where(d => !d.Granted), d => Assert.Equal(QuotaLimitNames.RequestsPerDay, d.ExhaustedLimit));
        Assert.Equal((100, 700), (usage.RequestsToday, usage.TokensToday));
    }

    [Fact]
    public async Task TryReserve_NegativeEstimate_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
            await Store.TryReserveAsync("groq", QuotaLimits.Unlimited, -1, Nine, default));
    }
}
