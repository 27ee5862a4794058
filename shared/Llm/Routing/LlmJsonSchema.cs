namespace MockInterview.Llm.Routing;

/// <summary>A JSON schema the reply must follow, sent as a strict <c>response_format</c>.</summary>
/// <param name="Name">Schema name (letters, digits, _ and -).</param>
/// <param name="Schema">The JSON schema text.</param>
public sealed record LlmJsonSchema(string Name, string Schema);
