using MockInterview.Resumes.Profiles;
using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Tests.Profiles;

public sealed class ResumeParserTests
{
    private static ResumeProfile Parse(string fixture) => ResumeParser.Parse(Fixture.Read(fixture), Fixture.AsOf);

    [Fact]
    public void Parse_ClassicResume_ReadsContactSectionsAndEntries()
    {
        var profile = Parse("classic.txt");

        Assert.Equal("Maria Kowalski", profile.Contact.Name);
        Assert.Equal("maria.kowalski@example.com", profile.Contact.Email);
        Assert.Equal("+49 30 1234 5678", profile.Contact.Phone);
        Assert.Equal("Berlin, Germany", profile.Contact.Location);
        Assert.Contains("github.com/mkowalski", profile.Contact.Links);
        Assert.Equal(
            [ResumeSection.Contact, ResumeSection.Summary, ResumeSection.Experience, ResumeSection.Education, ResumeSection.Skills, ResumeSection.Certifications, ResumeSection.Languages],
            profile.Sections);
        Assert.StartsWith("Backend engineer with 8 years", profile.Summary, StringComparison.Ordinal);
        Assert.Equal(3, profile.Experience.Count);
        Assert.Equal(2, profile.Certifications.Count);
        Assert.Empty(profile.Warnings);
    }

    [Fact]
    public void Parse_ClassicResume_ReadsTitlesCompaniesAndDatesInThreeLayouts()
    {
        var experience = Parse("classic.txt").Experience;

        Assert.Equal(("Senior Backend Engineer", "Finlytics GmbH"), (experience[0].Title, experience[0].Company));
        Assert.True(experience[0].IsCurrent);
        Assert.Equal(new DateOnly(2020, 1, 1), experience[0].Start);
        Assert.Equal(5, experience[0].Bullets.Count);
        Assert.Equal(("Software Engineer", "Shopwise AG"), (experience[1].Title, experience[1].Company));
        Assert.Equal((new DateOnly(2016, 3, 1), new DateOnly(2019, 12, 1)), (experience[1].Start, experience[1].End));
        Assert.Equal(("Junior Developer", "Webcraft Ltd"), (experience[2].Title, experience[2].Company));
        Assert.Equal(18, experience[2].Months);
    }

    [Fact]
    public void Parse_ClassicResume_YearsOfExperienceFromMergedPeriods()
    {
        // Sep 2014 to Jun 2025 without gaps: 130 months.
        Assert.Equal(10.8, Parse("classic.txt").YearsOfExperience);
    }

    [Fact]
    public void Parse_ClassicResume_SkillsNormalisedWithWhereSeen()
    {
        var profile = Parse("classic.txt");

        var kubernetes = profile.FindSkill("Kubernetes")!;
        Assert.Equal(1, kubernetes.InSkillsSection);
        Assert.True(kubernetes.IsEvidenced);
        Assert.Equal(SkillCategory.CloudDevOps, kubernetes.Category);
        Assert.NotNull(profile.FindSkill("PostgreSQL"));
        Assert.False(profile.FindSkill("Go")!.IsEvidenced);
        Assert.Equal(1, profile.FindSkill("Go")!.InSkillsSection);
        Assert.Null(profile.FindSkill("DevOps"));
        Assert.Contains("Kubernetes", profile.Experience[0].Skills);
    }

    [Fact]
    public void Parse_ClassicResume_ReadsDegree()
    {
        var degree = Assert.Single(Parse("classic.txt").Education);

        Assert.Equal(DegreeLevel.Bachelor, degree.Level);
        Assert.Equal("Computer Science", degree.Field);
        Assert.Equal("Technical University of Munich", degree.Institution);
        Assert.Equal(2014, degree.GraduationYear);
    }

    [Fact]
    public void Parse_SkillsFirstResume_ReadsYearRangesAndProjects()
    {
        var profile = Parse("skills-first.txt");

        Assert.Equal(ResumeSection.Skills, profile.Sections[1]);
        Assert.Equal(2, profile.Experience.Count);
        Assert.Equal("Full-Stack Developer", profile.Experience[0].Title);
        Assert.Equal("Brightlane Health", profile.Experience[0].Company);
        Assert.Equal(new DateOnly(2021, 1, 1), profile.Experience[0].Start);
        Assert.Equal(new DateOnly(2019, 6, 1), profile.Experience[1].Start);
        var project = Assert.Single(profile.Projects);
        Assert.Equal("OpenTrail", project.Name);
        Assert.Contains("React Native", project.Skills);
        Assert.True(profile.FindSkill("Playwright")!.InSkillsSection > 0);
    }

    [Fact]
    public void Parse_AcademicCv_ReadsDegreesAndResearchPositions()
    {
        var profile = Parse("academic.txt");

        Assert.Equal(
            [DegreeLevel.Doctorate, DegreeLevel.Master, DegreeLevel.Bachelor],
            profile.Education.Select(e => e.Level));
        Assert.Equal("Computational Biology", profile.Education[0].Field);
        Assert.Equal("Postdoctoral Research Fellow", profile.Experience[0].Title);
        Assert.Equal("Wellcome Sanger Institute", profile.Experience[0].Company);
        Assert.Contains(ResumeSection.Publications, profile.Sections);
        Assert.True(profile.FindSkill("R")!.IsEvidenced);
    }

    [Fact]
    public void Parse_CareerChanger_SkillsFromProjectsCountAsEvidence()
    {
        var profile = Parse("career-changer.txt");

        Assert.Equal("Mathematics Teacher", profile.Experience[0].Title);
        Assert.Equal("Oakfield Academy", profile.Experience[0].Company);
        Assert.Equal(2, profile.Projects.Count);
        Assert.True(profile.FindSkill("Power BI")!.IsEvidenced);
        Assert.True(profile.FindSkill("pandas")!.IsEvidenced);
        Assert.Contains(profile.Education, e => e.Level == DegreeLevel.Certificate && e.Institution == "Data Analytics Bootcamp");
    }

    [Fact]
    public void Parse_TwoColumnTextInOddOrder_StillFindsSections()
    {
        var profile = Parse("two-column-raw.txt");

        Assert.Equal("priya.nair@example.com", profile.Contact.Email);
        Assert.Equal("San Francisco, CA", profile.Contact.Location);
        Assert.Equal(2, profile.Experience.Count);
        Assert.Equal(("Senior Data Engineer", "Streamly Inc"), (profile.Experience[0].Title, profile.Experience[0].Company));
        Assert.Equal("Cartwheel Logistics", profile.Experience[1].Company);
        Assert.Equal(DegreeLevel.Master, Assert.Single(profile.Education).Level);
        Assert.True(profile.FindSkill("Snowflake")!.IsEvidenced);
        Assert.Null(profile.FindSkill("Logistics"));
        Assert.Equal(6.9, profile.YearsOfExperience);
    }

    [Fact]
    public void Parse_NoHeadings_InfersSectionsAndSaysSo()
    {
        var profile = Parse("no-headings.txt");

        Assert.Contains(profile.Warnings, w => w.Contains("No section headings", StringComparison.Ordinal));
        Assert.Equal(2, profile.Experience.Count);
        Assert.Equal(("Software Developer", "Northwind Traders"), (profile.Experience[0].Title, profile.Experience[0].Company));
        Assert.True(profile.Experience[0].IsCurrent);
        Assert.Equal("Economics", Assert.Single(profile.Education).Field);
        Assert.Equal(1, profile.FindSkill("Bash")!.InSkillsSection);
        Assert.StartsWith("Operations-minded", profile.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CompanyFirstPipeAndAtLayouts_ReadsEachRole()
    {
        var profile = Parse("company-first.txt");

        Assert.Equal(
            [("Senior Software Engineer", "ACME CORPORATION"), ("Software Engineer", "Google"), ("Software Engineering Intern", "Microsoft")],
            profile.Experience.Select(e => (e.Title, e.Company)));
        Assert.Equal(88, profile.Experience[0].Months);
        Assert.Equal(3, profile.Experience[2].Months);
        Assert.Equal(["C#", "Visual Studio"], profile.Experience[2].Skills);
        Assert.Equal(2026, profile.Education[1].GraduationYear);
        Assert.Equal("Seattle, WA", profile.Contact.Location);
    }

    [Fact]
    public void Parse_BulletWithYears_StaysAnAchievement()
    {
        var text = Fixture.Read("classic.txt").Replace("• Mentored 5 engineers;", "• Ran the 2021 - 2022 hiring drive and mentored 5 engineers;", StringComparison.Ordinal);

        var profile = ResumeParser.Parse(text, Fixture.AsOf);

        Assert.Equal(3, profile.Experience.Count);
        Assert.Equal(5, profile.Experience[0].Bullets.Count);
    }

    [Fact]
    public void Parse_SkillsWithLevels_KeepsSkillLabelsAndDropsGroupLabels()
    {
        var profile = ResumeParser.Parse("Ana Silva\nana@example.com\nSKILLS\nPython: advanced\nCloud & DevOps: Docker\nTools: Jira\n", Fixture.AsOf);

        Assert.Equal(["Docker", "Jira", "Python"], profile.Skills.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_SameText_SameProfile()
    {
        var text = Fixture.Read("classic.txt");

        var first = ResumeParser.Parse(text, Fixture.AsOf);
        var second = ResumeParser.Parse(text, Fixture.AsOf);

        Assert.Equal(ProfileJson.Write(first), ProfileJson.Write(second));
    }

    [Fact]
    public void ToString_ProfileAndContact_NeverContainPersonalData()
    {
        var profile = Parse("classic.txt");

        foreach (var text in new[] { profile.ToString(), profile.Contact.ToString() })
        {
            Assert.DoesNotContain("Kowalski", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@", text, StringComparison.Ordinal);
            Assert.DoesNotContain("1234", text, StringComparison.Ordinal);
        }

        Assert.Contains("email", profile.Contact.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PdfPageBreaks_CountPages()
    {
        var text = Fixture.Read("classic.txt").Replace("EDUCATION", "\fEDUCATION", StringComparison.Ordinal) + "\f";

        Assert.Equal(2, ResumeParser.Parse(text, Fixture.AsOf).Layout.EstimatedPages);
    }
}
