using System.Text.Json;
using System.Text.Json.Serialization;

namespace MockInterview.Functions.CustomHandler;

/// <summary>The envelope the Functions host POSTs to <c>/{FunctionName}</c> for a non-HTTP trigger.</summary>
/// <remarks>
/// Values arrive as the host produced them: objects as objects, every other value double-encoded as a JSON
/// string (DURABLE_PROTOCOL.md §1.3). <see cref="BindingValueDecoder"/> undoes that.
/// </remarks>
internal sealed class InvocationRequest
{
    /// <summary>Input bindings (the trigger included), keyed by binding name.</summary>
    [JsonPropertyName("Data")]
    public Dictionary<string, JsonElement>? Data { get; init; }

    /// <summary>The trigger's binding data plus <c>sys</c> (<c>MethodName</c>, <c>UtcNow</c>, <c>RandGuid</c>).</summary>
    [JsonPropertyName("Metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; init; }
}
