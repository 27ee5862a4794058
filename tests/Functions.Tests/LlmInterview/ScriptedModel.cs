using System.Text.Json;
using System.Text.Json.Nodes;
using MockInterview.Llm.Tests.Support;

namespace MockInterview.Functions.Tests.LlmInterview;

/// <summary>A model behind the fake provider that answers each of the interviewer's schemas with a valid reply and
/// remembers what it said: question and follow-up wordings marked as its own, a review grading every answer it was sent
/// (a distinct score per answer) and a summary that quotes one of the answers verbatim.</summary>
/// <remarks>Its rule runs under the script's lock (<see cref="ProviderScript.ByRequest"/>), so the records need none of
/// their own while requests arrive; tests read them after the interview.</remarks>
internal sealed class ScriptedModel
{
    public const string QuestionPrefix = "Model asks: ";
    public const string FollowUpPrefix = "Model follows up: ";
    public const string Narrative = "A scripted narrative: the candidate told concrete stories and should state results earlier.";

    private static readonly double[] Scores = [8.5, 6.5, 9.0, 7.5, 5.5, 8.0];

    /// <summary>The bank question behind each wording the model gave.</summary>
    public Dictionary<string, string> Wordings { get; } = new(StringComparer.Ordinal);

    /// <summary>The score the review gave each question id, in the order graded.</summary>
    public List<(string QuestionId, double Score)> Grades { get; } = [];

    /// <summary>The quote the summary used as evidence of a strength, and its question id.</summary>
    public (string Quote, string QuestionId)? Quote { get; private set; }

    /// <summary>Requests the model could not answer (an unknown schema, unexpected data); the tests fail on any.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The reply to one request; a request it cannot read is noted in <see cref="Problems"/> and refused.</summary>
    public FakeBehavior Answer(RecordedRequest recorded, int call)
    {
        try
        {
            return Reply(ModelRequest.Read(recorded));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NullReferenceException or FormatException)
        {
            Problems.Add($"call {call}: {ex.GetType().Name}: {ex.Message}");
            return FakeBehavior.Error(400);
        }
    }

    private FakeBehavior Reply(ModelRequest request)
    {
        var data = request.Data;
        return request.Schema switch
        {
            "question_wording" => Word(QuestionPrefix + (string)data["question"]!, (string)data["question"]!, withRubric: true),
            "follow_up_wording" => Word(FollowUpPrefix + (string)data["followUp"]!, (string)data["followUp"]!, withRubric: false),
            "interview_review" => Review(data["answers"]!.AsArray()),
            "interview_summary" => Summary(data["questions"]!.AsArray()),
            _ => throw new InvalidOperationException($"unknown schema {request.Schema}"),
        };
    }

    /// <summary>A wording; the follow-up schema has no rubric (the router refuses a reply with properties its schema lacks).</summary>
    private FakeBehavior Word(string text, string from, bool withRubric)
    {
        Wordings[text] = from;
        return FakeBehavior.Reply(withRubric
            ? JsonSerializer.Serialize(new { text, rubricPoints = new[] { "names the situation", "says what they did themselves" } })
            : JsonSerializer.Serialize(new { text }));
    }

    private FakeBehavior Review(JsonArray answers)
    {
        var evaluations = new List<object>();
        foreach (var answer in answers)
        {
            var id = (string)answer!["questionId"]!;
            var score = Scores[Grades.Count % Scores.Length];
            Grades.Add((id, score));
            evaluations.Add(new
            {
                questionId = id,
                score,
                dimensions = new { relevance = score, structure = score, specificity = score, depth = score, communication = score },
                flags = Array.Empty<object>(),
                feedback = Feedback(id),
                reasons = new[] { $"The model's reason for {id}." },
                strongerAnswer = new[] { "Open with the result, then say how you got there." },
            });
        }

        return FakeBehavior.Reply(JsonSerializer.Serialize(new { evaluations }));
    }

    /// <summary>Quotes the first eight words of the first answer the review graded (or of the first answer at all).</summary>
    private FakeBehavior Summary(JsonArray questions)
    {
        var answered = questions.Where(q => q!["answer"] is JsonValue).ToList();
        var graded = Grades.Select(g => g.QuestionId).ToHashSet(StringComparer.Ordinal);
        var source = answered.FirstOrDefault(q => graded.Contains((string)q!["questionId"]!)) ?? answered.First();
        var id = (string)source!["questionId"]!;
        var quote = string.Join(' ', ((string)source["answer"]!).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8));
        Quote = (quote, id);
        return FakeBehavior.Reply(JsonSerializer.Serialize(new
        {
            strengths = new[] { new { text = "Told a concrete story with a measured result.", evidence = quote, questionId = id } },
            improvements = new[] { new { text = "State the result before the details.", evidence = "", questionId = "" } },
            narrative = Narrative,
        }));
    }

    public static string Feedback(string questionId) => $"The model's feedback on {questionId}.";
}
