using System.Text.Json;
using MockInterview.Workflows;

namespace MockInterview.Interviews;

/// <summary>The JSON format of stored documents: the workflow format (camelCase, enums as camelCase strings).</summary>
internal static class InterviewJson
{
    public static JsonSerializerOptions Options => WorkflowJson.Options;

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored {typeof(T).Name} is null.");

    public static T? DeserializeOrNull<T>(object? value)
        where T : class =>
        value is string { Length: > 0 } json ? JsonSerializer.Deserialize<T>(json, Options) : null;
}
