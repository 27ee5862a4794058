using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.Summaries;

public sealed class StrongerAnswerTests
{
    private readonly OfflineInterviewerBrain _brain = OfflineInterviewerBrain.CreateDefault();

    [Fact]
    public async Task StrongerAnswer_StoryWithoutResult_FollowsTheStarOrderAndAsksForAMeasuredResult()
    {
        var story = "At my previous company our release process took a whole day and the team was frustrated. I was responsible for the deployment " +
            "scripts, so I wrote a new pipeline in GitHub Actions and I met with the QA lead to agree which checks to automate.";

        var outline = (await Evaluate("beh-conflict-001", story)).StrongerAnswer;

        var result = outline.ToList().FindIndex(s => s.StartsWith("Result:", StringComparison.Ordinal));
        Assert.True(result >= 0, string.Join(" | ", outline));
        Assert.DoesNotContain(outline, s => s.StartsWith("Situation:", StringComparison.Ordinal));
        Assert.All(outline.Take(result), s => Assert.StartsWith("Action:", s, StringComparison.Ordinal));
        Assert.InRange(outline.Count, 1, 7);
    }

    [Fact]
    public async Task StrongerAnswer_ShallowTechnicalAnswer_ListsTheMissedRubricPointsAsWhatToSayInRubricOrder()
    {
        var outline = (await Evaluate("tech-be-caching-005",
            "I would put Redis in front of the database as a cache for the slow reads, so most requests never reach the database.")).StrongerAnswer;

        var patterns = outline.ToList().FindIndex(s => s.StartsWith("Explain cache-aside or write-through patterns", StringComparison.Ordinal));
        var stampede = outline.ToList().FindIndex(s => s.StartsWith("Explain stampede protection", StringComparison.Ordinal));
        Assert.True(patterns >= 0 && stampede > patterns, string.Join(" | ", outline));
        Assert.DoesNotContain(outline, s => s.Contains("Where to cache", StringComparison.OrdinalIgnoreCase));
        Assert.All(outline, s => Assert.EndsWith(".", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StrongerAnswer_StrongAnswerOutlineIsShorterThanAVagueOne()
    {
        var strong = "An index is a separate structure, usually a B-tree, that keeps column values sorted so lookups take logarithmic time. " +
            "It helps selective queries, joins and ORDER BY. For example, on a 40 million row orders table in Postgres an index on (customer_id, created_at) " +
            "took a query from 2 seconds to 15 ms, which I verified with EXPLAIN ANALYZE. The trade-off is slower writes and more storage.";

        var strongOutline = (await Evaluate("tech-be-sql-003", strong)).StrongerAnswer;
        var vagueOutline = (await Evaluate("tech-be-sql-003", "Indexes make things faster, I think it depends on the situation.")).StrongerAnswer;

        Assert.True(strongOutline.Count < vagueOutline.Count, $"{strongOutline.Count} vs {vagueOutline.Count}");
    }

    private Task<AnswerEvaluation> Evaluate(string questionId, string answer)
    {
        var question = (QuestionBankLoader.Embedded.Find(questionId) ?? throw new InvalidOperationException(questionId)).ToInterviewQuestion(null);
        var mode = question.Category == "technical" ? InterviewMode.Technical : InterviewMode.Behavioral;
        return _brain.EvaluateAsync(new EvaluationRequest(mode, question, answer, []), CancellationToken.None);
    }
}
