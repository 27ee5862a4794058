using MockInterview.Llm.Quotas;

namespace MockInterview.Llm.Tests.Quotas;

public sealed class MemoryQuotaStoreTests : QuotaStoreContractTests
{
    private readonly MemoryQuotaStore store = new();

    internal override IQuotaStore Store => store;

    /// <summary>In one process every caller shares the one store.</summary>
    internal override IQuotaStore CreatePeer() => store;

    [Fact]
    public async Task TryReserve_ManyMinutesAndDaysLater_DropsOldWindows()
    {
        var limits = new QuotaLimits(60, 1_000, null, null, TimeSpan.Zero);
        for (var minute = 0; minute < 3 * 24 * 60; minute += 7)
        {
            await store.TryReserveAsync("groq", limits, 1, Nine.AddMinutes(minute), default);
        }

        // The current and the previous minute, the current and the previous day.
        Assert.True(store.WindowsHeld("groq") <= 4, $"{store.WindowsHeld("groq")} windows held");
    }
}
