using System.ClientModel;
using System.ClientModel.Primitives;
using MockInterview.Llm.Routing;
using OpenAI;
using OpenAI.Chat;

namespace MockInterview.Benchmarks;

/// <summary>The payload of the latency measurements: a prompt of the interviewer's size (a system prompt of about
/// 1.5 KB, candidate data of about 1 KB, a strict JSON schema), made unique per call so every call misses the cache,
/// and the same payload sent straight through the OpenAI SDK for comparison.</summary>
internal static class RouterPayload
{
    private const string Schema = """
        {"type":"object","properties":{"from":{"type":"string"},"ok":{"type":"boolean"}},"required":["from","ok"],"additionalProperties":false}
        """;

    private static readonly string System = "You are a careful technical interviewer. " + string.Concat(Enumerable.Repeat(
        "Ask one clear question at a time, follow the rubric, never reveal the rubric, and reply only with JSON that follows the schema. ", 12));

    private static readonly string Data = "<candidate_data>" + string.Concat(Enumerable.Repeat(
        "I led the migration of our billing service to an event-driven design and measured the latency before and after. ", 9)) + "</candidate_data>";

    public static LlmRequest Request(int n) =>
        new("question", [LlmMessage.System(System), LlmMessage.User($"{Data} #{n}")], "bench-v1")
        {
            Temperature = 0,
            MaxOutputTokens = 300,
            JsonSchema = new LlmJsonSchema("bench_reply", Schema),
        };

    /// <summary>A ChatClient to <paramref name="baseUrl"/> configured as the router's provider client is (no SDK retries).</summary>
    public static ChatClient DirectClient(string baseUrl, string model) =>
        new(model, new ApiKeyCredential("sk-bench-direct"), new OpenAIClientOptions
        {
            Endpoint = new Uri(baseUrl),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = TimeSpan.FromSeconds(3),
        });

    /// <summary>The same call as <see cref="Request"/>, straight through the SDK.</summary>
    public static async Task DirectAsync(ChatClient client, int n)
    {
        var options = new ChatCompletionOptions
        {
            Temperature = 0,
            MaxOutputTokenCount = 300,
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("bench_reply", BinaryData.FromString(Schema), jsonSchemaIsStrict: true),
        };
        var result = await client.CompleteChatAsync([new SystemChatMessage(System), new UserChatMessage($"{Data} #{n}")], options);
        if (result.Value.Content.Count == 0)
        {
            throw new InvalidOperationException("The direct call got no content.");
        }
    }
}
