using System.Text.Json;
using System.Text.Json.Serialization;

namespace MockInterview.Workflows;

/// <summary>The one JSON format of workflow inputs, outputs, events and activity payloads.</summary>
public static class WorkflowJson
{
    /// <summary>Web defaults (camelCase), enums as strings.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serializes a value; null stays null.</summary>
    public static string? Serialize<T>(T value) => value is null ? null : JsonSerializer.Serialize(value, Options);

    /// <summary>Deserializes a value; null or empty text gives default.</summary>
    public static T? Deserialize<T>(string? json) =>
        string.IsNullOrEmpty(json) ? default : JsonSerializer.Deserialize<T>(json, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
