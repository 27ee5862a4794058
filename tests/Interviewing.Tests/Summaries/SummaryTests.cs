using MockInterview.Interviewing.Tests.Scoring;

namespace MockInterview.Interviewing.Tests.Summaries;

public sealed class SummaryTests
{
    private static readonly string[] QuestionIds = ["beh-conflict-001", "tech-be-sql-003", "tech-ops-incident-004", "scr-why-company-001", "beh-failure-001"];
    private readonly OfflineInterviewerBrain _brain = OfflineInterviewerBrain.CreateDefault();

    [Fact]
    public async Task SummarizeAsync_StrongInterview_ScoresHighWithQuotedStrengths()
    {
        var turns = await Turns(c => c.Strong);

        var summary = await Summarize(turns);

        Assert.True(summary.OverallScore >= 7, $"overall {summary.OverallScore}");
        Assert.NotEmpty(summary.Strengths);
        Assert.All(summary.Strengths, h => Assert.NotNull(h.Evidence));
        Assert.Contains("strong performance", summary.Narrative, StringComparison.Ordinal);
        Assert.Equal("offline", summary.Source);
    }

    [Fact]
    public async Task SummarizeAsync_AnyInterview_QuotesAreVerbatimAndShortAndPointAtTheirQuestion()
    {
        var levels = new Func<LabelledCase, string>[] { c => c.Strong, c => c.Vague, c => c.Adequate, c => c.Stuffed, c => c.OffTopic };
        var turns = new List<AnsweredTurn>();
        for (var i = 0; i < QuestionIds.Length; i++)
        {
            turns.Add(await Turn(QuestionIds[i], levels[i](LabelledSet.Get(QuestionIds[i])), turns));
        }

        var summary = await Summarize(turns);

        foreach (var highlight in summary.Strengths.Concat(summary.Improvements).Where(h => h.Evidence is not null))
        {
            var answer = turns.Single(t => t.Question.Id == highlight.QuestionId).Answer!;
            AssertQuote(highlight.Evidence!, answer);
        }

        Assert.InRange(summary.Strengths.Count, 0, 3);
        Assert.InRange(summary.Improvements.Count, 1, 3);
    }

    [Fact]
    public async Task SummarizeAsync_PoorInterview_ScoresLowAndSaysSoWithoutInventedStrengths()
    {
        var turns = new List<AnsweredTurn>
        {
            await Turn(QuestionIds[0], LabelledSet.Get(QuestionIds[0]).Gibberish, []),
            await Turn(QuestionIds[1], LabelledSet.Get(QuestionIds[1]).OffTopic, []),
            new(LabelledSet.Question(QuestionIds[2]), null, null, TimedOut: true),
            await Turn(QuestionIds[3], LabelledSet.Get(QuestionIds[3]).Injection, []),
        };

        var summary = await Summarize(turns);

        Assert.True(summary.OverallScore < 2, $"overall {summary.OverallScore}");
        Assert.Empty(summary.Strengths);
        Assert.Contains("poor performance", summary.Narrative, StringComparison.Ordinal);
        Assert.Contains(summary.Improvements, h => h.Text.Contains("grading system", StringComparison.Ordinal));
        Assert.All(summary.Dimensions.Values, v => Assert.InRange(v, 0, 3));
    }

    [Fact]
    public async Task SummarizeAsync_UnansweredQuestion_CountsAsZeroAndIsReportedWithoutEvidence()
    {
        var answered = await Turn(QuestionIds[1], LabelledSet.Get(QuestionIds[1]).Strong, []);
        var unanswered = new AnsweredTurn(LabelledSet.Question(QuestionIds[2]), null, null, TimedOut: true);

        var both = await Summarize([answered, unanswered]);
        var alone = await Summarize([answered]);

        Assert.Equal(Math.Round(alone.OverallScore / 2, 1), both.OverallScore, 1);
        var missing = Assert.Single(both.Improvements, h => h.Text.Contains("no answer", StringComparison.Ordinal));
        Assert.Null(missing.Evidence);
    }

    [Fact]
    public async Task SummarizeAsync_FollowUpAnswers_BlendIntoTheirParentQuestion()
    {
        var main = await Turn(QuestionIds[0], LabelledSet.Get(QuestionIds[0]).Adequate, []);
        var followUpQuestion = new InterviewQuestion($"{QuestionIds[0]}-f1", "How did it turn out?", "behavioral", true, QuestionIds[0], ["States the outcome"]);
        var followUpAnswer = "In the end the feature shipped on time and the query time dropped by 40%, which the team measured in the next sprint.";
        var followUp = new AnsweredTurn(followUpQuestion, followUpAnswer,
            await _brain.EvaluateAsync(new EvaluationRequest(InterviewMode.Behavioral, followUpQuestion, followUpAnswer, [main.Answer!]), CancellationToken.None), false);

        var summary = await Summarize([main, followUp]);

        var expected = ((2 * main.Evaluation!.Score) + followUp.Evaluation!.Score) / 3;
        Assert.Equal(Math.Round(expected, 1), summary.OverallScore, 1);
    }

    [Fact]
    public async Task SummarizeAsync_TurnsWithoutEvaluations_EvaluatesThemItself()
    {
        var turns = QuestionIds.Take(2).Select(id => new AnsweredTurn(LabelledSet.Question(id), LabelledSet.Get(id).Strong, null, false)).ToList();

        var summary = await Summarize(turns);

        Assert.True(summary.OverallScore >= 7, $"overall {summary.OverallScore}");
    }

    [Fact]
    public async Task SummarizeAsync_NoTurns_ScoresZeroAndExplains()
    {
        var summary = await Summarize([]);

        Assert.Equal(0, summary.OverallScore);
        Assert.Contains("did not get through any questions", summary.Narrative, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeAsync_StoriesWithoutResults_NamesThePatternWithTheLastSentenceAsEvidence()
    {
        var first = "At my previous company two senior engineers disagreed about the database schema and the project stalled for a week. " +
            "I was responsible for the delivery, so I set up a meeting, I asked each of them to write down their constraints and I proposed a compromise.";
        var second = "Last year a customer escalated a billing bug to our director. I owned the billing service, so I reproduced the bug, " +
            "I wrote a fix with a regression test and I called the customer myself to explain what had happened.";
        var turns = new List<AnsweredTurn> { await Turn("beh-conflict-001", first, []) };
        turns.Add(await Turn("beh-failure-001", second, turns));

        var summary = await Summarize(turns);

        var habit = Assert.Single(summary.Improvements, h => h.Text.StartsWith("Stories that stopped before the result: 2 of 2.", StringComparison.Ordinal));
        Assert.StartsWith("I was responsible for the delivery, so I set up a meeting", habit.Evidence, StringComparison.Ordinal);
        AssertQuote(habit.Evidence!, turns.Single(t => t.Question.Id == habit.QuestionId).Answer!);
    }

    [Fact]
    public async Task SummarizeAsync_FillerHeavyAnswers_NamesTheFillersWithCountsAndQuotesOne()
    {
        var turns = new List<AnsweredTurn>
        {
            await Turn("scr-why-company-001", "Um, so basically I, you know, kind of like your product. I mean, it is, um, basically the best one I have used, you know.", []),
        };
        turns.Add(await Turn("tech-be-sql-003", "Indexes are, like, sort of a sorted copy of a column, you know, so lookups are basically faster. Um, they cost writes.", turns));

        var summary = await Summarize(turns);

        var habit = Assert.Single(summary.Improvements, h => h.Text.StartsWith("Heavy use of filler words:", StringComparison.Ordinal));
        Assert.Contains("\"you know\" ×3", habit.Text, StringComparison.Ordinal);
        AssertQuote(habit.Evidence!, turns.Single(t => t.Question.Id == habit.QuestionId).Answer!);
    }

    /// <summary>Evidence is an exact, whole-word substring of the answer: never invented, never cut mid-word.</summary>
    private static void AssertQuote(string quote, string answer)
    {
        var at = answer.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(at >= 0, $"not verbatim: {quote}");
        Assert.Equal(quote.Trim(), quote);
        Assert.True(at == 0 || !char.IsLetterOrDigit(answer[at - 1]), $"starts mid-word: {quote}");
        Assert.True(at + quote.Length == answer.Length || !char.IsLetterOrDigit(answer[at + quote.Length]), $"ends mid-word: {quote}");
        Assert.InRange(quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, 1, 25);
    }

    private async Task<List<AnsweredTurn>> Turns(Func<LabelledCase, string> level)
    {
        var turns = new List<AnsweredTurn>();
        foreach (var id in QuestionIds)
        {
            turns.Add(await Turn(id, level(LabelledSet.Get(id)), turns));
        }

        return turns;
    }

    private async Task<AnsweredTurn> Turn(string questionId, string answer, IReadOnlyList<AnsweredTurn> earlier)
    {
        var question = LabelledSet.Question(questionId);
        var evaluation = await _brain.EvaluateAsync(
            new EvaluationRequest(LabelledSet.ModeOf(question), question, answer, earlier.Select(t => t.Answer ?? string.Empty).ToList()), CancellationToken.None);
        return new AnsweredTurn(question, answer, evaluation, TimedOut: false);
    }

    private Task<InterviewSummary> Summarize(IReadOnlyList<AnsweredTurn> turns) =>
        _brain.SummarizeAsync(new SummaryRequest("summary", InterviewMode.Customized, new CandidateProfile(Name: "Alex"), turns), CancellationToken.None);
}
