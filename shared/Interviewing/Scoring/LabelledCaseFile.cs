using System.Text.Json;

namespace MockInterview.Interviewing.Scoring;

/// <summary>Reads a labelled-answers file: <c>{"cases": [{"questionId": "...", "strong": "...", ...}]}</c>, where a
/// case may give <c>questionText</c> and <c>category</c> instead of <c>questionId</c>.</summary>
public static class LabelledCaseFile
{
    /// <summary>The cases in <paramref name="json"/>; throws <see cref="FormatException"/> saying which case is wrong.</summary>
    public static IReadOnlyList<LabelledCase> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("cases", out var cases) || cases.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("A labelled-answers file needs a \"cases\" array.");
        }

        var result = new List<LabelledCase>();
        var index = 0;
        foreach (var item in cases.EnumerateArray())
        {
            index++;
            var id = Text(item, "questionId");
            var text = Text(item, "questionText");
            if (id is null && text is null)
            {
                throw new FormatException($"Case {index} has neither \"questionId\" nor \"questionText\".");
            }

            var answers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var level in AnswerLevels.All)
            {
                if (Text(item, level) is { } answer)
                {
                    answers[level] = answer;
                }
            }

            result.Add(new LabelledCase(id, text, Text(item, "category"), answers));
        }

        return result;
    }

    private static string? Text(JsonElement item, string name)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }
}
