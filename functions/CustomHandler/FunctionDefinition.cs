using System.Text.Json.Nodes;

namespace MockInterview.Functions.CustomHandler;

/// <summary>One row of the trigger table: a function name and the bindings of its function.json.</summary>
internal sealed record FunctionDefinition(string Name, IReadOnlyList<JsonObject> Bindings)
{
    /// <summary>The function.json document.</summary>
    public JsonObject ToFunctionJson() =>
        new() { ["bindings"] = new JsonArray([.. Bindings.Select(b => (JsonNode)b.DeepClone())]) };
}
