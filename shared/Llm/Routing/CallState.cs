namespace MockInterview.Llm.Routing;

/// <summary>What one call has learnt so far: providers tried in this pass, providers ruled out, the attempts made.</summary>
internal sealed class CallState(DateTimeOffset deadline)
{
    private readonly HashSet<string> triedThisPass = new(StringComparer.Ordinal);
    private readonly HashSet<string> excluded = new(StringComparer.Ordinal);

    public DateTimeOffset Deadline { get; } = deadline;

    public List<LlmAttempt> Attempts { get; } = [];

    /// <summary>Attempts that reached a provider (quota refusals do not count).</summary>
    public int ProviderCalls { get; set; }

    /// <summary>After a context-length error: only providers with a larger known window qualify.</summary>
    public int MinContextWindow { get; private set; }

    /// <summary>The earliest time a refused quota starts over, for the error message.</summary>
    public DateTimeOffset? QuotaRetryAt { get; set; }

    public bool Tried(string provider) => triedThisPass.Contains(provider);

    public void MarkTried(string provider) => triedThisPass.Add(provider);

    public void NewPass() => triedThisPass.Clear();

    public void ContextTooSmall(string provider, int? window)
    {
        excluded.Add(provider);
        MinContextWindow = Math.Max(MinContextWindow, window ?? 0);
    }

    public bool Qualifies(ProviderState provider) =>
        !excluded.Contains(provider.Definition.Name)
        && (MinContextWindow == 0 || (provider.Definition.ContextWindowTokens ?? 0) > MinContextWindow);
}
