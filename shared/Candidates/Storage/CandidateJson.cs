using System.Text.Json;
using System.Text.Json.Serialization;

namespace MockInterview.Candidates.Storage;

/// <summary>How parsed profiles are written: as the API shows them (camelCase, enums as camelCase strings).</summary>
internal static class CandidateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");
}
