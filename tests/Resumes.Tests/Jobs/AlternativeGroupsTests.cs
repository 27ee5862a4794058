using MockInterview.Resumes.Jobs;

namespace MockInterview.Resumes.Tests.Jobs;

public sealed class AlternativeGroupsTests
{
    private static List<(string Name, IReadOnlyList<string> Alternatives)> Required(string line) =>
        JobDescriptionParser.Parse("Requirements\n- " + line + "\n").RequiredSkills.Select(s => (s.Name, s.Alternatives)).ToList();

    [Fact]
    public void Parse_CommaListEndingWithOr_OneNeedWithAlternatives()
    {
        var skills = Required("Experience with Java, Kotlin or Scala");

        var java = Assert.Single(skills);
        Assert.Equal("Java", java.Name);
        Assert.Equal(["Kotlin", "Scala"], java.Alternatives);
    }

    [Fact]
    public void Parse_CommaListWithoutOr_SeparateNeeds()
    {
        var skills = Required("Python, SQL and Docker");

        Assert.Equal(["Python", "SQL", "Docker"], skills.Select(s => s.Name));
        Assert.All(skills, s => Assert.Empty(s.Alternatives));
    }

    [Fact]
    public void DisplayName_Alternatives_JoinedWithOr()
    {
        var skill = JobDescriptionParser.Parse("Requirements\n- Tableau or Power BI\n").RequiredSkills.Single();

        Assert.Equal("Tableau or Power BI", skill.DisplayName);
    }
}
