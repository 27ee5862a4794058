namespace MockInterview.LlmInterviewer;

/// <summary>How the LLM interviewer marks where each part came from, in <c>Source</c> fields and question rationales.</summary>
public static class LlmSources
{
    /// <summary>A part the offline brain produced because the LLM call failed or its reply was unusable.</summary>
    public const string OfflineFallback = "offline-fallback";

    /// <summary>Start of the source of a part the LLM produced: "llm:{provider}/{model}".</summary>
    public const string LlmPrefix = "llm:";

    /// <summary>"llm:{provider}/{model}".</summary>
    public static string Llm(string provider, string model) => $"{LlmPrefix}{provider}/{model}";

    /// <summary>A question rationale marked as the offline brain's, given because the LLM was unavailable.</summary>
    public static string MarkFallback(string? rationale) =>
        string.IsNullOrWhiteSpace(rationale)
            ? $"[{OfflineFallback}] Chosen by the offline brain because the LLM was unavailable."
            : $"[{OfflineFallback}] {rationale}";
}
