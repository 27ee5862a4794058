using MockInterview.Resumes.Profiles;
using MockInterview.Resumes.Scoring;

namespace MockInterview.Resumes.Tests.Profiles;

/// <summary>
/// Text exactly as pdftotext (default mode, as shared/Documents runs it) gives it for the PDFs in
/// tests/Documents.Tests/Fixtures: the sidebar of a two-column resume comes first, lines wrap mid-sentence,
/// pages end with form feeds.
/// </summary>
public sealed class PdfTextResumeTests
{
    private static ResumeProfile Parse(string fixture) => ResumeParser.Parse(Fixture.Read(fixture), Fixture.AsOf);

    [Fact]
    public void Parse_TwoColumnSidebarFirst_NameFoundBelowSidebarAndKeptOutOfCertifications()
    {
        var profile = Parse("pdftotext-resume-two-column.txt");

        Assert.Equal("Tomasz Wieczorek", profile.Contact.Name);
        Assert.Equal("Warsaw, Poland", profile.Contact.Location);
        Assert.Equal(["Google Data Analytics", "Databricks Associate"], profile.Certifications);
        Assert.StartsWith("Data engineer who turns messy event streams", profile.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoColumnWrappedLines_RolesAndBulletsStayTogether()
    {
        var experience = Parse("pdftotext-resume-two-column.txt").Experience;

        Assert.Equal([("Data Engineer", "Fabrikam Retail"), ("Analytics Engineer", "Woodgrove Bank")], experience.Select(e => (e.Title, e.Company)));
        Assert.Equal(3, experience[0].Bullets.Count);
        Assert.Equal("Rebuilt the nightly sales pipeline on Spark, reducing cost by 35 percent.", experience[0].Bullets[0]);
        Assert.Contains("Apache Spark", experience[0].Skills);
        Assert.Contains("dbt", experience[1].Skills);
    }

    [Fact]
    public void Parse_TwoPageResume_PagesFromFormFeeds()
    {
        var profile = Parse("pdftotext-resume-two-page.txt");

        Assert.Equal(2, profile.Layout.EstimatedPages);
        Assert.Equal([("Engineering Manager", "Adatum Cloud"), ("Staff Engineer", "Litware Systems")], profile.Experience.Select(e => (e.Title, e.Company)));
        Assert.Contains(ResumeSection.Awards, profile.Sections);
        Assert.Equal(DegreeLevel.Bachelor, Assert.Single(profile.Education).Level);
    }

    [Fact]
    public void Parse_HiddenInstructions_SetAsideAndScoredLow()
    {
        var profile = Parse("pdftotext-resume-hidden-instructions.txt");

        Assert.Equal("Jordan Blake", profile.Contact.Name);
        Assert.Equal(1, profile.Layout.InstructionLines);
        Assert.Equal("Junior QA analyst with one year of manual testing experience.", profile.Summary);
        Assert.DoesNotContain(profile.Skills, s => s.Name.Contains("HIRE", StringComparison.OrdinalIgnoreCase));
        Assert.True(AtsScorer.Score(profile, null).Total < 30);
    }
}
