using System.Text.Json;
using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.Scoring;

/// <summary>The labelled answers in labelled-answers.json, with the bank questions they answer.</summary>
internal static class LabelledSet
{
    private static readonly Lazy<IReadOnlyList<LabelledCase>> All = new(Load);

    public static IReadOnlyList<LabelledCase> Cases => All.Value;

    public static IEnumerable<object[]> CaseIds => Cases.Select(c => new object[] { c.QuestionId });

    public static LabelledCase Get(string questionId) => Cases.Single(c => c.QuestionId == questionId);

    public static InterviewQuestion Question(string questionId) =>
        (QuestionBankLoader.Embedded.Find(questionId) ?? throw new InvalidOperationException($"No bank question '{questionId}'."))
        .ToInterviewQuestion(null);

    public static InterviewMode ModeOf(InterviewQuestion question) => question.Category switch
    {
        "behavioral" => InterviewMode.Behavioral,
        "technical" => InterviewMode.Technical,
        _ => InterviewMode.Screening,
    };

    private static IReadOnlyList<LabelledCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Scoring", "labelled-answers.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return document.RootElement.GetProperty("cases").Deserialize<List<LabelledCase>>(options)
            ?? throw new InvalidOperationException("labelled-answers.json has no cases.");
    }
}
