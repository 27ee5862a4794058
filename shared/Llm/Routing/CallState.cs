namespace MockInterview.Llm.Routing;

/// <summary>What one call has learnt so far: providers tried in this pass, providers ruled out, the attempts made.</summary>
internal sealed class CallState(DateTimeOffset deadline, long estimatedTokens)
{
    private readonly HashSet<string> triedThisPass = new(StringComparer.Ordinal);
    // Made on the first context-length error only: most calls never rule a provider out.
    private HashSet<string>? excluded;

    public DateTimeOffset Deadline { get; } = deadline;

    /// <summary>The tokens each admission reserves (estimated once per call).</summary>
    public long EstimatedTokens { get; } = estimatedTokens;

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
        (excluded ??= new(StringComparer.Ordinal)).Add(provider);
        MinContextWindow = Math.Max(MinContextWindow, window ?? 0);
    }

    public bool Qualifies(ProviderState provider) =>
        (excluded is null || !excluded.Contains(provider.Definition.Name))
        && (MinContextWindow == 0 || (provider.Definition.ContextWindowTokens ?? 0) > MinContextWindow);
}
