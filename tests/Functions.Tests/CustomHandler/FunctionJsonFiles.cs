using System.Text.Json.Nodes;

namespace MockInterview.Functions.Tests.CustomHandler;

/// <summary>Reads a generated package: function name → its parsed function.json.</summary>
internal static class FunctionJsonFiles
{
    public static IReadOnlyDictionary<string, JsonObject> Read(string appRoot) =>
        Directory.EnumerateDirectories(appRoot)
            .Where(folder => File.Exists(Path.Combine(folder, "function.json")))
            .ToDictionary(
                folder => Path.GetFileName(folder),
                folder => JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "function.json")))!.AsObject(),
                StringComparer.Ordinal);

    public static JsonObject Binding(JsonObject functionJson, string type) =>
        functionJson["bindings"]!.AsArray().Select(b => b!.AsObject()).Single(b => (string?)b["type"] == type);
}
