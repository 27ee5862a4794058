using System.Text.Json;
using System.Text.Json.Serialization;

namespace MockInterview.Resumes.Tests;

/// <summary>Serialises results to compare them whole (records holding lists compare lists by reference).</summary>
internal static class ProfileJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}
