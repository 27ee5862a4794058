using MockInterview.Interviewing.Bank;
using MockInterview.Interviewing.Planning;
using MockInterview.Resumes.Profiles;

namespace MockInterview.Interviewing.Tests.Personalisation;

public sealed class ProjectDeepDiveTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    [Theory]
    [InlineData("Ledger Service", "project-ledger-service-deep-dive")]
    [InlineData("Plan F2", "project-plan-f2-deep-dive")]
    [InlineData("Résumé Builder — v2!!", "project-r-sum-builder-v2-deep-dive")]
    public void IdFor_ProjectName_GivesAStableIdThatIsNeverAFollowUpId(string name, string id)
    {
        Assert.Equal(id, ProjectDeepDive.IdFor(name));
        Assert.DoesNotMatch(@"-f\d+$", ProjectDeepDive.IdFor(name));
    }

    [Fact]
    public void IdFor_NameWithoutLatinLetters_UsesAStableHash()
    {
        var id = ProjectDeepDive.IdFor("日本語プロジェクト");

        Assert.Matches(@"^project-[0-9a-f]{8}-deep-dive$", id);
        Assert.Equal(id, ProjectDeepDive.IdFor("日本語プロジェクト"));
    }

    [Fact]
    public void For_ProjectWithMeasuredResults_BeatsOneWithTheSameSkillsAndNone()
    {
        var resume = ResumeParser.Parse("""
            Sam Park
            sam@example.com

            Projects
            Chat Bot
            - A Python bot for our Slack workspace
            Price Tracker
            - A Python scraper that cut manual price checks by 90%
            """, AsOf);

        var planned = ProjectDeepDive.For(QuestionBankLoader.Embedded, resume);

        Assert.Equal("project-price-tracker-deep-dive", planned?.Id);
    }

    [Fact]
    public void For_ResumeWithoutProjects_PlansNoDeepDive()
    {
        var resume = ResumeParser.Parse("Sam Park\nsam@example.com\n\nExperience\nDeveloper, Acme | 2020 – Present\n- Built APIs in Python", AsOf);

        Assert.Null(ProjectDeepDive.For(QuestionBankLoader.Embedded, resume));
    }

    [Theory]
    [InlineData("Reduced p99 latency from 800 ms to 120 ms", true)]
    [InlineData("Grew sign-ups by 35%", true)]
    [InlineData("Saved $40k a year", true)]
    [InlineData("Served 2 million users", true)]
    [InlineData("Written in Python 3", false)]
    [InlineData("Worked with the data team", false)]
    public void IsMeasured_Line_TellsAResultInNumbersFromOtherNumbers(string line, bool measured)
    {
        Assert.Equal(measured, ProjectDeepDive.IsMeasured(line));
    }
}
