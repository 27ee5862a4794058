using MockInterview.Resumes.Scoring;

namespace MockInterview.Resumes.Tests.Scoring;

public sealed class QuantifiedAchievementsTests
{
    [Theory]
    [InlineData("Cut cloud costs by 20%")]
    [InlineData("Raised $2M in seed funding")]
    [InlineData("Made the build 3x faster")]
    [InlineData("Led a team of five engineers")]
    [InlineData("Handled €8,000 monthly budget")]
    public void IsQuantified_NumbersAmountsAndCounts_True(string bullet)
    {
        Assert.True(QuantifiedAchievements.IsQuantified(bullet));
    }

    [Theory]
    [InlineData("Led the migration to Kubernetes in 2020")]
    [InlineData("Worked on the payments platform")]
    [InlineData("Since 2019, maintained the billing service")]
    public void IsQuantified_YearsAndPlainStatements_False(string bullet)
    {
        Assert.False(QuantifiedAchievements.IsQuantified(bullet));
    }
}
