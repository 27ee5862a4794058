using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.Bank;

/// <summary>The bank meets the bar of issue #3: size, behavioral themes, screening topics, and every track at every level.</summary>
public sealed class QuestionBankCoverageTests
{
    private static readonly QuestionBank Bank = QuestionBankLoader.Embedded;

    [Fact]
    public void Embedded_Size_IsAtLeastSixHundredQuestions()
    {
        Assert.True(Bank.Questions.Count >= 600, $"the bank has {Bank.Questions.Count} questions");
    }

    [Theory]
    [InlineData("leadership")]
    [InlineData("conflict")]
    [InlineData("failure")]
    [InlineData("deadlines")]
    [InlineData("ambiguity")]
    [InlineData("ownership")]
    [InlineData("customer-focus")]
    [InlineData("teamwork")]
    [InlineData("influence")]
    [InlineData("learning")]
    public void Embedded_BehavioralTheme_HasAtLeastTenQuestions(string theme)
    {
        var count = Bank.Questions.Count(q => q.Category == QuestionCategories.Behavioral && q.Subcategory == theme);

        Assert.True(count >= 10, $"behavioral/{theme} has {count} questions");
    }

    [Theory]
    [InlineData("motivation")]
    [InlineData("strengths-weaknesses")]
    [InlineData("career-goals")]
    [InlineData("salary")]
    [InlineData("availability")]
    [InlineData("why-company")]
    public void Embedded_ScreeningTopic_IsCovered(string topic)
    {
        Assert.Contains(Bank.Questions, q => q.Category == QuestionCategories.Screening && q.Subcategory == topic);
    }

    [Fact]
    public void Embedded_Introduction_Exists()
    {
        Assert.Contains(Bank.Questions, q => q.Category == QuestionCategories.Introduction);
        Assert.Contains(Bank.Questions, q => q.Category == QuestionCategories.Closing);
    }

    [Theory]
    [InlineData("backend")]
    [InlineData("frontend")]
    [InlineData("fullstack")]
    [InlineData("mobile")]
    [InlineData("data-engineering")]
    [InlineData("data-analysis")]
    [InlineData("machine-learning")]
    [InlineData("devops-sre")]
    [InlineData("security")]
    [InlineData("product-management")]
    public void Embedded_Track_HasAtLeastTenTechnicalQuestionsAtEachLevel(string track)
    {
        foreach (var level in new[] { QuestionLevels.Junior, QuestionLevels.Mid, QuestionLevels.Senior })
        {
            var count = Bank.Questions.Count(q => q.Category == QuestionCategories.Technical && q.Tracks.Contains(track) && q.Level == level);

            Assert.True(count >= 10, $"{track}/{level} has {count} technical questions");
        }
    }

    [Fact]
    public void Embedded_NoTwoQuestions_AreNearDuplicates()
    {
        // The loader enforces this too; the test names the rule so a loosened threshold is noticed in review.
        Assert.Equal(0.6, QuestionBankValidator.NearDuplicateJaccard);
        var stems = Bank.Questions.Select(q => TextTokens.ContentStems(q.Text)).ToList();
        var pairs = new List<string>();
        for (var i = 0; i < stems.Count; i++)
        {
            for (var j = i + 1; j < stems.Count; j++)
            {
                var similarity = TextTokens.Jaccard(stems[i], stems[j]);
                if (similarity > QuestionBankValidator.NearDuplicateJaccard)
                {
                    pairs.Add($"{Bank.Questions[i].Id} ~ {Bank.Questions[j].Id} ({similarity:0.00})");
                }
            }
        }

        Assert.True(pairs.Count == 0, string.Join("; ", pairs));
    }
}
