using MockInterview.Llm.Routing;

namespace MockInterview.LlmInterviewer.Calls;

/// <summary>The shape every interviewer call shares: the task's fixed system prompt, the candidate's material only as the
/// delimited data message, temperature 0 and the task's strict reply schema.</summary>
internal static class TaskRequest
{
    public static LlmRequest For(string purpose, string systemPrompt, string promptVersion, LlmJsonSchema schema, int maxOutputTokens, object data) =>
        new(purpose, [LlmMessage.System(systemPrompt), DataMessage.User(data)], promptVersion)
        {
            Temperature = 0,
            MaxOutputTokens = maxOutputTokens,
            JsonSchema = schema,
        };
}
