using MockInterview.Llm.Routing;

namespace MockInterview.Llm.Tests.Support;

/// <summary>Requests used across the router tests.</summary>
internal static class Requests
{
    public const string ScoreSchema = """
        {"type":"object","properties":{"score":{"type":"integer","minimum":1,"maximum":5},"reason":{"type":"string"}},
         "required":["score","reason"],"additionalProperties":false}
        """;

    public static LlmRequest Ask(string question, string purpose = "question", LlmCachePolicy? cache = null) =>
        new(purpose, [LlmMessage.System("You are an interviewer."), LlmMessage.User(question)], "v1")
        {
            Temperature = 0.2f,
            MaxOutputTokens = 100,
            Cache = cache ?? LlmCachePolicy.Never,
        };

    public static LlmRequest Grade(string answer) =>
        new("grading", [LlmMessage.System("Grade the answer."), LlmMessage.User(answer)], "v1")
        {
            JsonSchema = new LlmJsonSchema("score", ScoreSchema),
            MaxOutputTokens = 100,
            Cache = LlmCachePolicy.Never,
        };
}
