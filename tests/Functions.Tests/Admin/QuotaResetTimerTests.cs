using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.Llm;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Admin;

/// <summary>Locally (Hosting:Mode=Local, the default) the app resets each provider at its own day start on its own clock.</summary>
public sealed class QuotaResetTimerTests : IDisposable
{
    private readonly AdminAppFactory factory = new(AdminAppFactory.WithProviders());

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task LocalTimer_ClockReachesEachProvidersDayStart_ResetsThatProviderThen()
    {
        factory.CreateClient().Dispose();
        var timer = factory.Services.GetRequiredService<QuotaResetTimer>();
        var start = factory.Clock.GetUtcNow();
        var alphaDay = new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.Zero);
        var betaDay = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero);

        await Eventually.TrueAsync(() => timer.NextRunAt == alphaDay, "the timer waits for alpha's day start (10:00)");
        factory.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Null(timer.LastResult);

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.TrueAsync(() => timer.LastResult is not null, "the 10:00 run finishes");
        var first = timer.LastResult!;
        Assert.Equal(alphaDay, first.At);
        Assert.Equal(start, first.PreviousRun);
        Assert.Equal(["alpha"], first.Reset);

        await Eventually.TrueAsync(() => timer.NextRunAt == betaDay, "the timer waits for beta's day start (00:00)");
        factory.Clock.Advance(betaDay - factory.Clock.GetUtcNow());
        await Eventually.TrueAsync(() => timer.LastResult?.At == betaDay, "the midnight run finishes");
        Assert.Equal(["beta"], timer.LastResult!.Reset);
        Assert.Equal(alphaDay, timer.LastResult.PreviousRun);

        await Eventually.TrueAsync(() => timer.NextRunAt == alphaDay.AddDays(1), "the timer waits for alpha's next day");
    }

    [Fact]
    public async Task LocalTimer_ResetRuns_QuotaUsedBeforeTheDayStartIsNotCarriedOver()
    {
        factory.CreateClient().Dispose();
        var timer = factory.Services.GetRequiredService<QuotaResetTimer>();
        await Eventually.TrueAsync(() => timer.NextRunAt is not null, "the timer is armed");
        await factory.UseQuotaAsync("alpha");
        await factory.UseQuotaAsync("beta");

        factory.Clock.Advance(TimeSpan.FromHours(1));
        await Eventually.TrueAsync(() => timer.LastResult is not null, "the 10:00 run finishes");

        Assert.Equal(0, await factory.RequestsTodayAsync("alpha"));
        Assert.Equal(1, await factory.RequestsTodayAsync("beta"));
    }

    [Fact]
    public async Task LocalTimer_NoProviders_StopsWithoutArming()
    {
        using var bare = new AdminAppFactory([]);
        bare.CreateClient().Dispose();
        var timer = bare.Services.GetRequiredService<QuotaResetTimer>();

        await Eventually.TrueAsync(() => timer.ExecuteTask?.IsCompleted == true, "the timer finds nothing to do");

        Assert.True(timer.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Null(timer.NextRunAt);
    }
}
