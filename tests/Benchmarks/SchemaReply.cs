using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MockInterview.Benchmarks;

/// <summary>A scripted model's reply to a chat request with a strict JSON schema: a value built from the request's own
/// <c>response_format.json_schema</c>, so it stays valid whatever the prompts become. Objects get every property;
/// strings short plausible text (a question the data asks to have worded comes back reworded for its role and level);
/// numbers a value in range; arrays one to three items, or one per id of the data when the items carry an id; enums a
/// member. Ids and quotes come from the request's data (the JSON between <c>&lt;candidate_data&gt;</c> and
/// <c>&lt;/candidate_data&gt;</c>): a property named <c>id</c> or <c>…Id</c> takes one of the ids there, and one named
/// like quote or evidence copies 8–12 consecutive words of an answer there ("" when there is none). The same messages
/// always get the same reply, as at temperature 0.</summary>
internal static class SchemaReply
{
    private const string DataOpen = "<candidate_data>";
    private const string DataClose = "</candidate_data>";

    private static readonly string[] Questions =
    [
        "Could you walk me through how you would approach this in your first month in the role?",
        "What would you measure first to know whether that approach is working?",
        "Which trade-off in that decision would you revisit today, and why?",
        "How would you explain that choice to a stakeholder who disagrees with it?",
        "Tell me about a time you had to change that plan halfway through.",
        "What did you personally own in that work, and what was the result?",
    ];

    private static readonly string[] Sentences =
    [
        "The answer names the situation and the candidate's own actions clearly.",
        "A concrete, measured result would make the answer stronger.",
        "The structure is easy to follow from problem to outcome.",
        "The candidate explains the trade-off and why it was chosen.",
        "More depth on the technical details would help the interviewer.",
        "Keep answers focused on what you did rather than the team.",
    ];

    /// <summary>The reply content for a request body, or null when the request asks for no JSON schema.</summary>
    public static string? For(JsonElement body)
    {
        if (!body.TryGetProperty("response_format", out var format) || format.ValueKind != JsonValueKind.Object
            || !format.TryGetProperty("json_schema", out var jsonSchema) || !jsonSchema.TryGetProperty("schema", out var schema))
        {
            return null;
        }

        var messages = body.TryGetProperty("messages", out var m) ? m : default;
        var data = Data(messages);
        var context = new SchemaReplyContext(new Random(Seed(messages)), Ids(data), Answers(data), Rewording(data));
        return Value(schema, name: string.Empty, context, forcedId: null)?.ToJsonString() ?? "null";
    }

    private static JsonNode? Value(JsonElement schema, string name, SchemaReplyContext context, string? forcedId)
    {
        if (schema.TryGetProperty("enum", out var members) && members.ValueKind == JsonValueKind.Array && members.GetArrayLength() > 0)
        {
            return JsonNode.Parse(members[context.Random.Next(members.GetArrayLength())].GetRawText());
        }

        return Type(schema) switch
        {
            "object" => Object(schema, context),
            "array" => Array(schema, name, context),
            "number" => JsonValue.Create(Math.Round(Number(schema, context), 1)),
            "integer" => JsonValue.Create((long)Math.Round(Number(schema, context))),
            "boolean" => JsonValue.Create(context.Random.Next(2) == 0),
            "null" => null,
            _ => JsonValue.Create(Text(name, context, forcedId)),
        };
    }

    private static JsonObject Object(JsonElement schema, SchemaReplyContext context)
    {
        var result = new JsonObject();
        if (!schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return result;
        }

        foreach (var property in properties.EnumerateObject())
        {
            result[property.Name] = Value(property.Value, property.Name, context, context.ItemId);
        }

        return result;
    }

    private static JsonArray Array(JsonElement schema, string name, SchemaReplyContext context)
    {
        var result = new JsonArray();
        if (!schema.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Object)
        {
            return result;
        }

        // Items that each answer one of the data's ids (plan slots, graded answers): one per id, each naming its own.
        if (Type(items) == "object" && items.TryGetProperty("properties", out var itemProperties) && itemProperties.ValueKind == JsonValueKind.Object
            && itemProperties.EnumerateObject().Any(p => IsId(p.Name)) && context.Ids.Count > 0)
        {
            foreach (var id in context.Ids.Take(12))
            {
                context.ItemId = id;
                result.Add(Value(items, name, context, id));
            }

            context.ItemId = null;
            return result;
        }

        var count = context.Random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            result.Add(Value(items, name, context, forcedId: null));
        }

        return result;
    }

    private static string Text(string name, SchemaReplyContext context, string? forcedId)
    {
        if (IsId(name))
        {
            return forcedId ?? (context.Ids.Count > 0 ? context.Ids[context.Random.Next(context.Ids.Count)] : "q1");
        }

        if (name.Contains("quote", StringComparison.OrdinalIgnoreCase) || name.Contains("evidence", StringComparison.OrdinalIgnoreCase))
        {
            return Quote(context);
        }

        if (name.Contains("question", StringComparison.OrdinalIgnoreCase) || name.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            return context.Rewording ?? Questions[context.Random.Next(Questions.Length)];
        }

        return Sentences[context.Random.Next(Sentences.Length)];
    }

    private static string Quote(SchemaReplyContext context)
    {
        var candidates = context.Answers.Select(a => a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 8).ToList();
        if (candidates.Count == 0)
        {
            return string.Empty;
        }

        var words = candidates[context.Random.Next(candidates.Count)];
        var length = Math.Min(words.Length, context.Random.Next(8, 13));
        var start = context.Random.Next(words.Length - length + 1);
        return string.Join(' ', words, start, length);
    }

    /// <summary>A question the data asks to have worded (a top-level <c>followUp</c>, else <c>question</c>), reworded for
    /// its role and level as a model would, so that distinct requests get distinct wordings; null when there is none.</summary>
    private static string? Rewording(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var question = new[] { "followUp", "question" }
            .Select(n => data.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .FirstOrDefault(q => !string.IsNullOrWhiteSpace(q));
        if (question is null || question.Length > 200)
        {
            return null;
        }

        var role = data.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        var level = data.TryGetProperty("level", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()
            : data.TryGetProperty("seniority", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var who = string.Join(' ', new[] { level, role }.Where(w => !string.IsNullOrWhiteSpace(w)));
        return who.Length == 0 || who.Length > 60 ? $"Let's go a bit deeper: {question}" : $"Thinking of a {who} role: {question}";
    }

    private static bool IsId(string name) => name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Id", StringComparison.Ordinal);

    private static double Number(JsonElement schema, SchemaReplyContext context)
    {
        var min = schema.TryGetProperty("minimum", out var lo) && lo.ValueKind == JsonValueKind.Number ? lo.GetDouble() : 0;
        var max = schema.TryGetProperty("maximum", out var hi) && hi.ValueKind == JsonValueKind.Number ? hi.GetDouble() : Math.Max(min, 10);
        return Math.Clamp(min + (context.Random.NextDouble() * (max - min)), min, max);
    }

    private static string Type(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "string";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t is not null and not "null") ?? "null"
            : type.GetString() ?? "string";
    }

    /// <summary>The data object of the last message that carries one (the system prompt may name the tags too), or
    /// an undefined element.</summary>
    private static JsonElement Data(JsonElement messages)
    {
        if (messages.ValueKind != JsonValueKind.Array)
        {
            return default;
        }

        foreach (var message in messages.EnumerateArray().Reverse())
        {
            var content = Content(message);
            var open = content.LastIndexOf(DataOpen, StringComparison.Ordinal);
            var close = content.LastIndexOf(DataClose, StringComparison.Ordinal);
            if (open < 0 || close <= open)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(content.AsMemory(open + DataOpen.Length, close - open - DataOpen.Length));
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // Not the data message: the tags named in prose.
            }
        }

        return default;
    }

    private static string Content(JsonElement message)
    {
        if (!message.TryGetProperty("content", out var content))
        {
            return string.Empty;
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString() ?? string.Empty;
        }

        // Content as parts: [{ "type": "text", "text": "…" }].
        var text = new StringBuilder();
        if (content.ValueKind == JsonValueKind.Array)
        {
            foreach (var part in content.EnumerateArray())
            {
                if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                {
                    text.Append(t.GetString());
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Every string under a property named <c>id</c> or <c>…Id</c>, first seen first.</summary>
    private static List<string> Ids(JsonElement data)
    {
        var ids = new List<string>();
        Walk(data, (name, value) =>
        {
            if (IsId(name) && !ids.Contains(value))
            {
                ids.Add(value);
            }
        });
        return ids;
    }

    /// <summary>Every string under a property whose name contains "answer".</summary>
    private static List<string> Answers(JsonElement data)
    {
        var answers = new List<string>();
        Walk(data, (name, value) =>
        {
            if (name.Contains("answer", StringComparison.OrdinalIgnoreCase))
            {
                answers.Add(value);
            }
        });
        return answers;
    }

    private static void Walk(JsonElement element, Action<string, string> visit, string name = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, visit, property.Name);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, visit, name);
                }

                break;
            case JsonValueKind.String:
                visit(name, element.GetString() ?? string.Empty);
                break;
        }
    }

    /// <summary>FNV-1a over the messages' JSON: the same messages give the same reply from every provider.</summary>
    private static int Seed(JsonElement messages)
    {
        var hash = 2166136261u;
        foreach (var c in messages.ValueKind == JsonValueKind.Undefined ? string.Empty : messages.GetRawText())
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }
}
