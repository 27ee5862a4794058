using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MockInterview.Functions.CustomHandler;

/// <summary>What the handler answers to an invocation envelope: output bindings, log lines, return value.</summary>
/// <remarks>
/// The host reads this body only from a 2xx <c>application/json</c> response. <see cref="ReturnValue"/> feeds
/// a <c>$return</c> binding when function.json has one and the trigger itself otherwise (durable triggers).
/// </remarks>
internal sealed class InvocationResponse
{
    /// <summary>Values for the output bindings, keyed by binding name.</summary>
    [JsonPropertyName("Outputs")]
    public Dictionary<string, JsonNode?> Outputs { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Lines the host logs at Information level on the invocation's logger.</summary>
    [JsonPropertyName("Logs")]
    public List<string> Logs { get; init; } = [];

    /// <summary>The function's return value.</summary>
    [JsonPropertyName("ReturnValue")]
    public JsonNode? ReturnValue { get; init; }
}
