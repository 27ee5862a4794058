namespace MockInterview.Llm.Caching;

/// <summary>Bounds of the in-process response cache (section <c>Llm:Cache</c>); used when no Redis is configured.</summary>
internal sealed class MemoryLlmCacheOptions
{
    public const string SectionName = "Llm:Cache";

    /// <summary>Most entries held; the least recently used go first.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>Most bytes of cached values (UTF-8) held; the least recently used go first.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;
}
