using System.Text.Json;

namespace MockInterview.Llm.Providers;

/// <summary>Checks a reply against the subset of JSON schema that strict structured output allows (type, properties,
/// required, additionalProperties, items, enum, minimum, maximum); a provider that ignores the schema fails over.</summary>
internal static class JsonSchemaCheck
{
    /// <summary>Null when <paramref name="json"/> follows <paramref name="schema"/>, else the first problem.</summary>
    public static string? Problem(string json, string schema)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return $"The reply is not JSON: {ex.Message}";
        }

        using (document)
        using (var schemaDocument = JsonDocument.Parse(schema))
        {
            return Check(document.RootElement, schemaDocument.RootElement, "$");
        }
    }

    private static string? Check(JsonElement value, JsonElement schema, string path)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            return $"{path} should be {type.GetRawText()} but is {value.ValueKind.ToString().ToLowerInvariant()}.";
        }

        if (schema.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array
            && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            return $"{path} is not one of {allowed.GetRawText()}.";
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            var number = value.GetDouble();
            if (schema.TryGetProperty("minimum", out var min) && min.ValueKind == JsonValueKind.Number && number < min.GetDouble())
            {
                return $"{path} is below its minimum {min.GetDouble()}.";
            }

            if (schema.TryGetProperty("maximum", out var max) && max.ValueKind == JsonValueKind.Number && number > max.GetDouble())
            {
                return $"{path} is above its maximum {max.GetDouble()}.";
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return CheckObject(value, schema, path);
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (Check(item, items, $"{path}[{index++}]") is { } problem)
                {
                    return problem;
                }
            }
        }

        return null;
    }

    private static string? CheckObject(JsonElement value, JsonElement schema, string path)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object;
        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()).OfType<string>())
            {
                if (!value.TryGetProperty(name, out _))
                {
                    return $"{path}.{name} is required but missing.";
                }
            }
        }

        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        foreach (var property in value.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                if (Check(property.Value, propertySchema, $"{path}.{property.Name}") is { } problem)
                {
                    return problem;
                }
            }
            else if (closed)
            {
                return $"{path}.{property.Name} is not allowed by the schema.";
            }
        }

        return null;
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => Is(value, type.GetString()),
        JsonValueKind.Array => type.EnumerateArray().Any(t => Is(value, t.GetString())),
        _ => true,
    };

    private static bool Is(JsonElement value, string? type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };
}
