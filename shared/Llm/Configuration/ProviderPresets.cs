namespace MockInterview.Llm.Configuration;

/// <summary>The presets documented in docs/llm-providers.md.</summary>
internal static class ProviderPresets
{
    private static readonly TimeSpan MidnightPacific = TimeSpan.FromHours(8);

    /// <summary>All presets by name (case-insensitive).</summary>
    public static IReadOnlyDictionary<string, ProviderPreset> All { get; } = new Dictionary<string, ProviderPreset>(StringComparer.OrdinalIgnoreCase)
    {
        ["gemini"] = new("gemini", "https://generativelanguage.googleapis.com/v1beta/openai/", "https://generativelanguage.googleapis.com/v1beta/openai/",
            "gemini-2.5-flash", 10, 250, 250_000, null, 1_048_576, MidnightPacific),
        ["groq"] = new("groq", "https://api.groq.com/openai/v1", "https://api.groq.com/openai/v1",
            "llama-3.3-70b-versatile", 30, 1_000, 12_000, 100_000, 131_072, TimeSpan.Zero),
        ["cerebras"] = new("cerebras", "https://api.cerebras.ai/v1", "https://api.cerebras.ai/v1",
            "llama-3.3-70b", 30, 14_400, 60_000, 1_000_000, 8_192, TimeSpan.Zero),
        ["together"] = new("together", "https://api.together.xyz/v1", "https://api.together.xyz/v1",
            "meta-llama/Llama-3.3-70B-Instruct-Turbo-Free", 6, null, null, null, 131_072, TimeSpan.Zero),
        ["deepseek"] = new("deepseek", "https://api.deepseek.com/v1", "https://api.deepseek.com/v1",
            "deepseek-chat", null, null, null, null, 131_072, TimeSpan.Zero),
        ["fireworks"] = new("fireworks", "https://api.fireworks.ai/inference/v1", "https://api.fireworks.ai/inference/v1",
            "accounts/fireworks/models/llama-v3p3-70b-instruct", 10, null, null, null, 131_072, TimeSpan.Zero),
        ["openrouter"] = new("openrouter", "https://openrouter.ai/api/v1", "https://openrouter.ai/api/v1",
            "meta-llama/llama-3.3-70b-instruct:free", 20, 50, null, null, 131_072, TimeSpan.Zero),
        ["mistral"] = new("mistral", "https://api.mistral.ai/v1", "https://api.mistral.ai/v1",
            "mistral-small-latest", 60, null, 500_000, null, 131_072, TimeSpan.Zero),
        ["cloudflare"] = new("cloudflare", null, "https://api.cloudflare.com/client/v4/accounts/<account-id>/ai/v1",
            "@cf/meta/llama-3.3-70b-instruct-fp8-fast", 300, null, null, null, 24_000, TimeSpan.Zero),
        ["huggingface"] = new("huggingface", "https://router.huggingface.co/v1", "https://router.huggingface.co/v1",
            "meta-llama/Llama-3.1-8B-Instruct", null, null, null, null, 131_072, TimeSpan.Zero),
        ["github"] = new("github", "https://models.github.ai/inference", "https://models.github.ai/inference",
            "openai/gpt-4o-mini", 15, 150, null, null, 12_000, TimeSpan.Zero),
        ["azure-openai"] = new("azure-openai", null, "https://<resource>.openai.azure.com/openai/v1/",
            null, null, null, null, null, 128_000, TimeSpan.Zero),
        ["local"] = new("local", "http://127.0.0.1:11434/v1", "http://127.0.0.1:11434/v1 (Ollama), :8080/v1 (llama.cpp), :8000/v1 (vLLM), :1234/v1 (LM Studio)",
            null, null, null, null, null, 8_192, TimeSpan.Zero, RequiresApiKey: false),
    };
}
