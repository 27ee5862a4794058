using System.Text.Json.Nodes;

namespace MockInterview.Functions.CustomHandler;

/// <summary>One binding of a function.json: type, direction, name and the type's own properties.</summary>
/// <example><c>new FunctionBinding("timerTrigger", BindingDirection.In, "timer") { Properties = { ["schedule"] = "0 0 0 * * *" } }</c></example>
internal sealed class FunctionBinding
{
    /// <summary>Creates a binding.</summary>
    public FunctionBinding(string type, BindingDirection direction, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Type = type;
        Direction = direction;
        Name = name;
    }

    /// <summary>The binding type, e.g. <c>timerTrigger</c>, <c>queueTrigger</c>, <c>orchestrationTrigger</c>.</summary>
    public string Type { get; }

    /// <summary>The binding direction.</summary>
    public BindingDirection Direction { get; }

    /// <summary>The binding name: the key of its value in the envelope's <c>Data</c> or the response's <c>Outputs</c>.</summary>
    public string Name { get; }

    /// <summary>Type-specific properties (<c>schedule</c>, <c>queueName</c>, <c>connection</c>, …).</summary>
    public Dictionary<string, JsonNode?> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether this is the trigger binding.</summary>
    public bool IsTrigger =>
        Direction == BindingDirection.In && Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase);

    /// <summary>The binding as it appears in function.json.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = Type,
            ["direction"] = Direction switch
            {
                BindingDirection.In => "in",
                BindingDirection.Out => "out",
                _ => "inout",
            },
            ["name"] = Name,
        };
        foreach (var (key, value) in Properties)
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }
}
