using System.Text.Json;

namespace MockInterview.LlmInterviewer.Tests.Support;

/// <summary>Model replies as JSON text, shaped like the interviewer's schemas.</summary>
internal static class Replies
{
    public static string Grade(double score, double dimension, params (string Code, string Message)[] flags) =>
        Grade(score, [dimension, dimension, dimension, dimension, dimension], flags);

    public static string Grade(double score, double[] dimensions, params (string Code, string Message)[] flags) => JsonSerializer.Serialize(new
    {
        score,
        dimensions = new
        {
            relevance = dimensions[0],
            structure = dimensions[1],
            specificity = dimensions[2],
            depth = dimensions[3],
            communication = dimensions[4],
        },
        flags = flags.Select(f => new { code = f.Code, message = f.Message }),
        feedback = "You described the migration clearly and named the tools you used.",
        reasons = new[] { "The answer names the tools and the outcome.", "The result is measured." },
        strongerAnswer = new[] { "Say what you would do differently next time." },
    });

    public static string FollowUp(bool ask, string question = "", string reason = "") => JsonSerializer.Serialize(new
    {
        askFollowUp = ask,
        question,
        rubricPoints = ask ? new[] { "names the measured result" } : [],
        reason,
    });

    public static string Summary(string narrative, (string Text, string Evidence, string QuestionId)[] strengths, (string Text, string Evidence, string QuestionId)[] improvements) =>
        JsonSerializer.Serialize(new
        {
            strengths = strengths.Select(h => new { text = h.Text, evidence = h.Evidence, questionId = h.QuestionId }),
            improvements = improvements.Select(h => new { text = h.Text, evidence = h.Evidence, questionId = h.QuestionId }),
            narrative,
        });

    public static string Plan(params (string Id, string Text)[] questions) => JsonSerializer.Serialize(new
    {
        questions = questions.Select(q => new
        {
            id = q.Id,
            text = q.Text,
            rubricPoints = new[] { "names a system they built", "explains a trade-off" },
            rationale = "The resume mentions payment systems.",
        }),
    });

    public static string Wording(string text) => JsonSerializer.Serialize(new { text, rubricPoints = new[] { "names the deadline", "says what they cut and why" } });

    public static string FollowUpWording(string text) => JsonSerializer.Serialize(new { text });

    /// <summary>A review grading each id with the score on every dimension.</summary>
    public static string Review(params (string Id, double Score)[] grades) => JsonSerializer.Serialize(new
    {
        evaluations = grades.Select(g => new
        {
            questionId = g.Id,
            score = g.Score,
            dimensions = new { relevance = g.Score, structure = g.Score, specificity = g.Score, depth = g.Score, communication = g.Score },
            flags = Array.Empty<object>(),
            feedback = $"Feedback on {g.Id}: you named the tools and the result.",
            reasons = new[] { $"Reason for {g.Id}." },
            strongerAnswer = new[] { "Say what you would do differently." },
        }),
    });
}
