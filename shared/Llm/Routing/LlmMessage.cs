namespace MockInterview.Llm.Routing;

/// <summary>One chat message.</summary>
public sealed record LlmMessage(LlmRole Role, string Content)
{
    /// <summary>A system message.</summary>
    public static LlmMessage System(string content) => new(LlmRole.System, content);

    /// <summary>A user message.</summary>
    public static LlmMessage User(string content) => new(LlmRole.User, content);

    /// <summary>An assistant message.</summary>
    public static LlmMessage Assistant(string content) => new(LlmRole.Assistant, content);
}
