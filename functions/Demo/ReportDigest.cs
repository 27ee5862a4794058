using System.Globalization;
using System.Text.Json;

namespace MockInterview.Functions.Demo;

/// <summary>Prints what the offline brain made of the interview, from the JSON report: scores, strengths and
/// improvements with their quotes, one stronger-answer outline and the length and filler statistics.</summary>
internal static class ReportDigest
{
    public static void Write(JsonElement report, TextWriter output)
    {
        var sources = report.GetProperty("sources");
        output.WriteLine("=== What the interviewer brain concluded ===");
        if (sources.TryGetProperty("description", out var description))
        {
            output.WriteLine($"Scored by: {description.GetString()}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Overall: {report.GetProperty("overallScore").GetDouble():0.0} / 10"));
        foreach (var dimension in report.GetProperty("dimensions").EnumerateObject())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {dimension.Name,-14} {dimension.Value.GetDouble(),4:0.0}"));
        }

        Highlights(output, "Strengths", report.GetProperty("strengths"));
        Highlights(output, "To improve", report.GetProperty("improvements"));
        StrongerAnswer(output, report.GetProperty("questions"));
        Statistics(output, report.GetProperty("statistics"));
    }

    private static void Highlights(TextWriter output, string title, JsonElement highlights)
    {
        output.WriteLine();
        output.WriteLine($"{title}:");
        if (highlights.GetArrayLength() == 0)
        {
            output.WriteLine("  (none noted)");
        }

        foreach (var highlight in highlights.EnumerateArray())
        {
            output.WriteLine($"  - {highlight.GetProperty("text").GetString()}");
            if (highlight.TryGetProperty("evidence", out var evidence) && evidence.ValueKind == JsonValueKind.String)
            {
                output.WriteLine($"      you said: \"{evidence.GetString()}\"");
            }
        }
    }

    /// <summary>The outline for the lowest-scored answered question: the one with most to learn from.</summary>
    private static void StrongerAnswer(TextWriter output, JsonElement questions)
    {
        var weakest = questions.EnumerateArray()
            .Where(q => q.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number
                && q.TryGetProperty("strongerAnswer", out var o) && o.GetArrayLength() > 0)
            .OrderBy(q => q.GetProperty("score").GetDouble())
            .Select(q => (JsonElement?)q)
            .FirstOrDefault();
        if (weakest is not { } question)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"A stronger answer to question {question.GetProperty("number").GetInt32()} (scored {question.GetProperty("score").GetDouble():0.0}): \"{question.GetProperty("text").GetString()}\""));
        var n = 1;
        foreach (var step in question.GetProperty("strongerAnswer").EnumerateArray())
        {
            output.WriteLine($"  {n++}. {step.GetString()}");
        }
    }

    private static void Statistics(TextWriter output, JsonElement s)
    {
        output.WriteLine();
        output.WriteLine("Length and filler words:");
        if (s.GetProperty("answers").GetInt32() == 0)
        {
            output.WriteLine("  no answers to measure");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {s.GetProperty("answers").GetInt32()} answers, {s.GetProperty("words").GetInt32()} words, {s.GetProperty("meanWords").GetDouble():0.#} words on average"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  longest {s.GetProperty("longestWords").GetInt32()} words (question {s.GetProperty("longestNumber").GetInt32()}), shortest {s.GetProperty("shortestWords").GetInt32()} words (question {s.GetProperty("shortestNumber").GetInt32()})"));
        var top = string.Join(", ", s.GetProperty("topFillers").EnumerateArray()
            .Select(f => $"\"{f.GetProperty("filler").GetString()}\" x{f.GetProperty("count").GetInt32()}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  fillers: {s.GetProperty("fillerWords").GetInt32()} ({s.GetProperty("fillersPer100Words").GetDouble():0.#} per 100 words){(top.Length > 0 ? "; most used: " + top : "")}"));
    }
}
