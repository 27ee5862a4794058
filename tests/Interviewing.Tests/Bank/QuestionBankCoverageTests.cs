using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.Bank;

public sealed class QuestionBankCoverageTests
{
    private static readonly QuestionBank Bank = QuestionBankLoader.Embedded;

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
    public void Embedded_EveryTrack_HasEightTechnicalQuestionsOverJuniorMidAndSenior(string track)
    {
        var technical = Bank.Questions.Where(q => q.Category == QuestionCategories.Technical && q.FitsTrack(track)).ToList();

        Assert.True(technical.Count >= 8, $"{track} has {technical.Count} technical questions");
        foreach (var level in new[] { QuestionLevels.Junior, QuestionLevels.Mid, QuestionLevels.Senior })
        {
            Assert.Contains(technical, q => q.Level == level || q.Level == QuestionLevels.Any);
        }
    }

    [Fact]
    public void Embedded_Behavioral_CoversAllTenThemes()
    {
        string[] themes = ["leadership", "conflict", "failure", "deadlines", "ambiguity", "ownership", "customer-focus", "teamwork", "influence", "learning"];

        var covered = Bank.Questions.Where(q => q.Category == QuestionCategories.Behavioral).Select(q => q.Subcategory).ToHashSet();

        Assert.All(themes, theme => Assert.Contains(theme, covered));
    }

    [Fact]
    public void Embedded_ScreeningAndIntroduction_CoverWhatAScreeningPlanNeeds()
    {
        string[] needed = ["motivation", "why-company", "strengths-weaknesses", "career-goals", "salary", "availability"];

        var covered = Bank.Questions.Where(q => q.Category == QuestionCategories.Screening).Select(q => q.Subcategory).ToHashSet();

        Assert.All(needed, sub => Assert.Contains(sub, covered));
        Assert.True(Bank.Questions.Count(q => q.Category == QuestionCategories.Introduction) >= 3);
        Assert.True(Bank.Questions.Count >= 150, $"the bank has {Bank.Questions.Count} questions");
    }

    [Fact]
    public void Embedded_NoTwoQuestions_AreNearDuplicates()
    {
        // The loader enforces this too; the test names the rule so a lowered threshold is noticed in review.
        Assert.Equal(0.8, QuestionBankValidator.NearDuplicateJaccard);
        var stems = Bank.Questions.Select(q => MockInterview.Interviewing.Analysis.TextTokens.ContentStems(q.Text)).ToList();
        for (var i = 0; i < stems.Count; i++)
        {
            for (var j = i + 1; j < stems.Count; j++)
            {
                Assert.True(MockInterview.Interviewing.Analysis.TextTokens.Jaccard(stems[i], stems[j]) <= 0.8, $"{Bank.Questions[i].Id} ~ {Bank.Questions[j].Id}");
            }
        }
    }
}
