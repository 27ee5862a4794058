using MockInterview.Llm.Configuration;
using MockInterview.Llm.Quotas;

namespace MockInterview.Llm.Tests.Configuration;

public sealed class ProviderDefinitionTests
{
    private const string Key = "gsk_live_0123456789abcdef";

    private static readonly ProviderDefinition Groq = new(
        "groq", new Uri("https://api.groq.com/openai/v1"), Key, "llama-3.1-8b-instant", 0, 1,
        new QuotaLimits(30, 14_400, null, null, TimeSpan.Zero), 131_072, TimeSpan.FromSeconds(20));

    [Fact]
    public void ToString_DefinitionWithKey_NamesProviderWithoutTheKey()
    {
        var text = $"routing to {Groq}";

        Assert.Equal("routing to groq (llama-3.1-8b-instant at https://api.groq.com/openai/v1)", text);
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_TextWithTheKey_ReplacesEveryOccurrence()
    {
        var text = Groq.Redact($"HTTP 401: invalid key {Key} (key {Key})");

        Assert.Equal("HTTP 401: invalid key *** (key ***)", text);
    }
}
