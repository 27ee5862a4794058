namespace MockInterview.Llm.Configuration;

/// <summary>The exact-match response cache (<c>Llm:Cache</c>).</summary>
public sealed class LlmCacheOptions
{
    /// <summary>False turns the cache off for every purpose.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time to live of a cached reply whose purpose has no entry in <see cref="TtlSecondsByPurpose"/>, in seconds.</summary>
    public int DefaultTtlSeconds { get; set; } = 86_400;

    /// <summary>Time to live by request purpose, in seconds; 0 turns caching off for that purpose.</summary>
    public Dictionary<string, int> TtlSecondsByPurpose { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
