using System.Text.Json;
using System.Text.Json.Nodes;
using MockInterview.Llm.Tests.Support;

namespace MockInterview.Functions.Tests.LlmInterview;

/// <summary>One request the interviewer sent to the fake provider, read the way a model would: the reply schema it asks
/// for and the JSON data block of its user message.</summary>
internal sealed class ModelRequest
{
    private const string DataOpen = "<candidate_data>";
    private const string DataClose = "</candidate_data>";

    private ModelRequest(RecordedRequest recorded, string schema, JsonObject data)
    {
        Recorded = recorded;
        Schema = schema;
        Data = data;
    }

    public RecordedRequest Recorded { get; }

    /// <summary><c>response_format.json_schema.name</c>, e.g. question_wording.</summary>
    public string Schema { get; }

    /// <summary>The JSON object between the data tags of the user message.</summary>
    public JsonObject Data { get; }

    /// <summary>Every string in the data block, decoded (JSON escapes undone), for "does the request hold this text?".</summary>
    public IReadOnlyList<string> DataStrings => [.. Strings(Data)];

    public static ModelRequest Read(RecordedRequest recorded)
    {
        using var body = JsonDocument.Parse(recorded.Body);
        var schema = body.RootElement.GetProperty("response_format").GetProperty("json_schema").GetProperty("name").GetString()
            ?? throw new JsonException("The request's json_schema has no name.");
        var message = recorded.LastMessage ?? throw new JsonException("The request has no user message.");
        var start = message.IndexOf(DataOpen, StringComparison.Ordinal);
        var end = message.LastIndexOf(DataClose, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new JsonException($"The {schema} request's user message has no {DataOpen} block.");
        }

        var json = message[(start + DataOpen.Length)..end];
        var data = JsonNode.Parse(json) as JsonObject ?? throw new JsonException($"The {schema} request's data is not a JSON object.");
        return new ModelRequest(recorded, schema, data);
    }

    /// <summary>True when <paramref name="text"/> is in any decoded data string or, as it is, anywhere in the raw body.</summary>
    public bool Holds(string text) =>
        Recorded.Body.Contains(text, StringComparison.Ordinal) || DataStrings.Any(s => s.Contains(text, StringComparison.Ordinal));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
