using System.Text.Json.Nodes;

namespace MockInterview.Functions.Tests.LlmInterview;

/// <summary>Question wordings hold no candidate text, so a later interview of the same mode, role and level gets the
/// wording of a question already worded from the router's cache, without a request.</summary>
/// <remarks>Each interview's plan is drawn from the bank with a generator seeded by its (random) id, so two interviews
/// share some questions, not all. Every behavioral interview of this length opens with one of the few introduction
/// questions for the level, so a repeated opening question is certain within a few interviews: the test starts
/// interviews until one repeats, bounded.</remarks>
public sealed class LlmInterviewCacheTests
{
    /// <summary>More interviews than there are introduction questions for a mid-level candidate.</summary>
    private const int MaxInterviews = 10;

    [Fact]
    public async Task Start_SameModeRoleAndLevelAgain_RepeatedQuestionsComeFromTheCacheWithoutARequest()
    {
        await using var host = await LlmInterviewHost.StartAsync();
        var api = host.Client("llm-cache-user");
        var model = host.ScriptedModel;
        var openings = new List<string>();
        var perInterview = new List<int>();
        string? repeated = null;
        for (var n = 0; n < MaxInterviews && repeated is null; n++)
        {
            var before = host.RequestsFor("question_wording").Count;
            JsonNode view = await api.StartAsync(InterviewRun.Start);
            perInterview.Add(host.RequestsFor("question_wording").Count - before);

            var opening = (string)view["question"]!["text"]!;
            Assert.StartsWith(ScriptedModel.QuestionPrefix, opening, StringComparison.Ordinal);
            if (openings.Contains(opening))
            {
                repeated = opening;
            }

            openings.Add(opening);
        }

        Assert.Empty(model.Problems);
        Assert.True(repeated is not null, $"No opening question repeated in {MaxInterviews} interviews: {string.Join(" | ", openings)}");

        // The interview that repeated the opening question got the model's wording without asking for it again.
        var bankQuestion = model.Wordings[repeated];
        var wordings = host.RequestsFor("question_wording");
        Assert.Equal(1, wordings.Count(r => (string?)r.Data["question"] == bankQuestion));
        Assert.True(perInterview[^1] < perInterview[0], $"wording requests per interview: {string.Join(", ", perInterview)}");

        // No wording request was ever sent twice: every repeat was answered from the cache.
        var bodies = wordings.Select(r => r.Data.ToJsonString()).ToList();
        Assert.Equal(bodies.Count, bodies.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(wordings.Count, host.Requests.Count);
    }
}
