using System.Text.Json;
using System.Text.Json.Serialization;

namespace MockInterview.Speech.Jobs;

/// <summary>How speech messages (<see cref="SpeechJob"/>, <see cref="SpeechJobResult"/>) and worker heartbeats are
/// written and read, by the app and the worker alike: camelCase names, enums as camelCase strings.</summary>
public static class SpeechJson
{
    /// <summary>The serializer options of every speech message.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Writes <paramref name="value"/> as a message body.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads a message body.</summary>
    /// <exception cref="JsonException">The body is not JSON of that shape, or is <c>null</c>.</exception>
    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A {typeof(T).Name} message is null.");
}
