namespace MockInterview.Llm.Routing;

/// <summary>Who speaks in a chat message.</summary>
public enum LlmRole
{
    System,
    User,
    Assistant,
}
