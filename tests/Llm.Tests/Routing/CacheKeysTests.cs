using MockInterview.Llm.Routing;

namespace MockInterview.Llm.Tests.Routing;

public sealed class CacheKeysTests
{
    private static readonly LlmRequest Base = new("question", [LlmMessage.System("Be brief."), LlmMessage.User("Hello there")], "v1");

    [Fact]
    public void For_WhitespaceOnlyDifferences_SameKey()
    {
        var spaced = Base with { Messages = [LlmMessage.System("  Be\tbrief. "), LlmMessage.User("Hello\n\nthere")] };

        Assert.Equal(CacheKeys.For(Base), CacheKeys.For(spaced));
        Assert.StartsWith("llm:question:", CacheKeys.For(Base), StringComparison.Ordinal);
    }

    [Fact]
    public void For_AnyMeaningfulDifference_DifferentKey()
    {
        LlmRequest[] variants =
        [
            Base with { PromptVersion = "v2" },
            Base with { Purpose = "summary" },
            Base with { Temperature = 0.5f },
            Base with { MaxOutputTokens = 10 },
            Base with { JsonSchema = new LlmJsonSchema("s", "{}") },
            Base with { Messages = [LlmMessage.User("Be brief."), LlmMessage.User("Hello there")] },
            Base with { Messages = [LlmMessage.System("Be brief. Hello"), LlmMessage.User("there")] },
            Base with { Messages = [LlmMessage.System("Be brief."), LlmMessage.User("hello there")] },
        ];

        var keys = variants.Select(CacheKeys.For).Append(CacheKeys.For(Base)).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
    }
}
