using System.Text.Json;

namespace MockInterview.Functions.CustomHandler;

/// <summary>Undoes the host's double encoding of binding values (DURABLE_PROTOCOL.md §1.3).</summary>
/// <remarks>
/// The host sends a .NET string <c>abc</c> as the JSON string <c>"\"abc\""</c>, the number 1 as <c>"1"</c> and
/// an array as its JSON text, while objects arrive as objects. Older hosts and other paths send values
/// unencoded, so decoding is tolerant: an object or array is used as is; a string whose content parses as
/// JSON becomes that JSON value; any other string is kept unchanged.
/// </remarks>
internal static class BindingValueDecoder
{
    /// <summary>Decodes one <c>Data</c> or <c>Metadata</c> value.</summary>
    public static JsonElement Decode(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return value.Clone();
        }

        var text = value.GetString()!;
        if (!LooksLikeJson(text))
        {
            return value.Clone();
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return value.Clone();
        }
    }

    /// <summary>Decodes every value of an envelope section into a case-insensitive dictionary.</summary>
    public static IReadOnlyDictionary<string, JsonElement> DecodeAll(IReadOnlyDictionary<string, JsonElement>? values)
    {
        var decoded = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in values ?? new Dictionary<string, JsonElement>())
        {
            decoded[name] = Decode(value);
        }

        return decoded;
    }

    // Cheap pre-check so that plain text (the common case for unencoded values) skips the exception path.
    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        var first = trimmed[0];
        return first is '"' or '{' or '[' or '-' or (>= '0' and <= '9')
            || trimmed is "true" or "false" or "null";
    }
}
