using System.Text.Json;

namespace MockInterview.Llm.Tests.Support;

/// <summary>A request the fake server received.</summary>
internal sealed record RecordedRequest(string Provider, string Body, string? Authorization)
{
    public bool Stream => Json(b => b.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True);

    public string? Model => Json(b => b.TryGetProperty("model", out var m) ? m.GetString() : null);

    /// <summary>The response_format object as JSON text, or null.</summary>
    public string? ResponseFormat => Json(b => b.TryGetProperty("response_format", out var f) ? f.GetRawText() : null);

    /// <summary>The content of the last message.</summary>
    public string? LastMessage => Json(b => b.GetProperty("messages").EnumerateArray().Last().GetProperty("content") is var c
        && c.ValueKind == JsonValueKind.String ? c.GetString() : c.GetRawText());

    private T Json<T>(Func<JsonElement, T> read)
    {
        using var doc = JsonDocument.Parse(Body);
        return read(doc.RootElement);
    }
}
