namespace MockInterview.Llm.Quotas;

/// <summary>Requests and tokens counted in one window (mutated under its provider's lock).</summary>
internal sealed class QuotaWindowCount
{
    public long Requests { get; set; }

    public long Tokens { get; set; }
}
