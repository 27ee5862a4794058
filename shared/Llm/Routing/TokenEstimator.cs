namespace MockInterview.Llm.Routing;

/// <summary>A cheap upper-leaning estimate of a call's tokens for the quota reservation; usage corrects it afterwards.</summary>
internal static class TokenEstimator
{
    private const int CharactersPerToken = 4;
    private const int TokensPerMessage = 4;

    public static int Prompt(LlmRequest request)
    {
        long characters = 0;
        foreach (var m in request.Messages)
        {
            characters += m.Content.Length;
        }

        if (request.JsonSchema is { } schema)
        {
            characters += schema.Schema.Length;
        }

        return (int)Math.Min(int.MaxValue, (characters / CharactersPerToken) + 1 + (TokensPerMessage * request.Messages.Count));
    }

    public static long Total(LlmRequest request, int defaultMaxOutputTokens) =>
        (long)Prompt(request) + (request.MaxOutputTokens ?? defaultMaxOutputTokens);
}
