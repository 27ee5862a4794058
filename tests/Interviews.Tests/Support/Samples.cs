using MockInterview.Interviewing;

namespace MockInterview.Interviews.Tests.Support;

/// <summary>Small domain values for tests.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public static InterviewQuestion Question(string id, bool followUp = false) =>
        new(id, $"Question {id}?", "behavioral", followUp, followUp ? "q1" : null, ["a point"]);

    public static AskedQuestion Asked(string id, int index, DateTimeOffset? at = null) =>
        new(Question(id), index, at ?? Start, (at ?? Start).AddMinutes(3));

    public static InterviewRecord Interview(string id = "0123456789abcdef0123456789abcdef", string owner = "ada") => new(
        id,
        owner,
        InterviewMode.Behavioral,
        new CandidateProfile("Ada", "Backend engineer", "mid"),
        new InterviewPlan(InterviewMode.Behavioral, [Question("q1"), Question("q2")]),
        new InterviewTiming(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(3), 2),
        "offline",
        InterviewPhase.Questions,
        Asked("q1", 0),
        null,
        null,
        Start,
        Start.AddMinutes(15),
        Start.AddMinutes(20));

    public static AnswerEvaluation Evaluation(double score = 6) => new(
        score,
        new Dictionary<string, double> { [ScoreDimensions.Relevance] = score, [ScoreDimensions.Structure] = score },
        [new AnswerFlag("tooShort", "Short <answer>")],
        "Good <b>start</b>.",
        ["Because <reasons>."],
        "offline");

    public static InterviewSummary Summary() => new(
        6,
        new Dictionary<string, double> { [ScoreDimensions.Relevance] = 6 },
        [new Highlight("Clear <story>", "I <script>alert(1)</script> shipped it", "q1")],
        [new Highlight("More numbers", null, null)],
        "Thanks & goodbye.",
        "offline");
}
