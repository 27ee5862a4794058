namespace MockInterview.Llm.Configuration;

/// <summary>One OpenAI-compatible provider (<c>Llm:Providers:N</c>); unset values come from its preset.</summary>
public sealed class LlmProviderOptions
{
    /// <summary>Unique name used in logs, health and quota keys.</summary>
    public string? Name { get; set; }

    /// <summary>A preset from docs/llm-providers.md (gemini, groq, cerebras, together, deepseek, fireworks,
    /// openrouter, mistral, cloudflare, huggingface, github, azure-openai, local).</summary>
    public string? Preset { get; set; }

    /// <summary>OpenAI-compatible base URL (the part before <c>/chat/completions</c>).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>API key; never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Model (or Azure deployment) name.</summary>
    public string? Model { get; set; }

    /// <summary>Tier: lower numbers are tried first.</summary>
    public int Priority { get; set; }

    /// <summary>Share of traffic within its tier.</summary>
    public int Weight { get; set; } = 1;

    /// <summary>Requests per minute; 0 means no limit.</summary>
    public int? RequestsPerMinute { get; set; }

    /// <summary>Requests per provider day; 0 means no limit.</summary>
    public int? RequestsPerDay { get; set; }

    /// <summary>Tokens per minute; 0 means no limit.</summary>
    public long? TokensPerMinute { get; set; }

    /// <summary>Tokens per provider day; 0 means no limit.</summary>
    public long? TokensPerDay { get; set; }

    /// <summary>Time of day (UTC) at which the provider's daily quota starts over.</summary>
    public TimeSpan? DailyResetUtc { get; set; }

    /// <summary>Context window in tokens (prompt + output), used to fail over on context-length errors.</summary>
    public int? ContextWindowTokens { get; set; }

    /// <summary>Timeout of one attempt, in seconds.</summary>
    public double? TimeoutSeconds { get; set; }

    /// <summary>False leaves the provider configured but unused.</summary>
    public bool Enabled { get; set; } = true;
}
