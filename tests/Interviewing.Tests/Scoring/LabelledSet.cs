using MockInterview.Interviewing.Bank;
using MockInterview.Interviewing.Scoring;

namespace MockInterview.Interviewing.Tests.Scoring;

/// <summary>The labelled answers in labelled-answers.json (bank questions and a few typed in) and
/// labelled-answers-adhoc.json (questions typed in by hand, as /api/evaluate receives them), with the questions they answer.</summary>
internal static class LabelledSet
{
    private static readonly Lazy<IReadOnlyList<LabelledCase>> All = new(Load);
    private static readonly Lazy<LabelledSetEvaluation> Scored = new(() => LabelledSetEvaluation.Run(Cases));

    public static IReadOnlyList<LabelledCase> Cases => All.Value;

    /// <summary>The whole set scored once per test run.</summary>
    public static LabelledSetEvaluation Evaluation => Scored.Value;

    public static IEnumerable<object[]> CaseKeys => Cases.Select(c => new object[] { c.Key });

    public static LabelledCase Get(string key) => Cases.Single(c => c.Key == key);

    public static LabelledCaseScores ScoresOf(string key) => Evaluation.Cases.Single(c => c.Case.Key == key);

    public static InterviewQuestion Question(string questionId) =>
        (QuestionBankLoader.Embedded.Find(questionId) ?? throw new InvalidOperationException($"No bank question '{questionId}'."))
        .ToInterviewQuestion(null);

    public static InterviewMode ModeOf(InterviewQuestion question) => question.Category switch
    {
        "behavioral" => InterviewMode.Behavioral,
        "technical" => InterviewMode.Technical,
        "customized" => InterviewMode.Customized,
        _ => InterviewMode.Screening,
    };

    public static readonly IReadOnlyList<string> Files = ["labelled-answers.json", "labelled-answers-adhoc.json"];

    private static IReadOnlyList<LabelledCase> Load() =>
        Files.SelectMany(name => LabelledCaseFile.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scoring", name)))).ToList();
}
