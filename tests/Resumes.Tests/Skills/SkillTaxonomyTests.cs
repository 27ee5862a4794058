using System.Text;
using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Tests.Skills;

public sealed class SkillTaxonomyTests
{
    [Fact]
    public void Default_EmbeddedData_HasAtLeast500DistinctSkills()
    {
        var names = SkillTaxonomy.Default.Skills.Select(s => s.Name).ToList();

        Assert.True(names.Count >= 500, $"The taxonomy has {names.Count} skills.");
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Default_EmbeddedData_NoFormClaimedByTwoSkills()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var form in SkillTaxonomy.Default.Forms)
        {
            if (owners.TryGetValue(form.Key, out var owner))
            {
                Assert.Equal(owner, form.Skill.Name);
            }

            owners[form.Key] = form.Skill.Name;
        }
    }

    [Fact]
    public void Default_EmbeddedData_CoversEveryCategory()
    {
        var used = SkillTaxonomy.Default.Skills.Select(s => s.Category).ToHashSet();

        Assert.Equal(Enum.GetValues<SkillCategory>().ToHashSet(), used);
        Assert.All(SkillTaxonomy.Default.Skills, s => Assert.False(string.IsNullOrWhiteSpace(s.Name)));
    }

    [Theory]
    [InlineData("k8s", "Kubernetes")]
    [InlineData("JS", "JavaScript")]
    [InlineData("Postgres", "PostgreSQL")]
    [InlineData("golang", "Go")]
    [InlineData("csharp", "C#")]
    [InlineData("dotnet", ".NET")]
    [InlineData("NodeJS", "Node.js")]
    [InlineData("CICD", "CI/CD")]
    [InlineData("scikit learn", "scikit-learn")]
    [InlineData("Amazon Web Services", "AWS")]
    [InlineData("c++", "C++")]
    public void Find_Alias_ReturnsCanonicalSkill(string alias, string expected)
    {
        Assert.Equal(expected, SkillTaxonomy.Default.Find(alias)?.Name);
    }

    [Fact]
    public void Default_Implications_NameOtherSkills()
    {
        var terraform = SkillTaxonomy.Default.Get("Terraform")!;

        Assert.Contains("Infrastructure as Code", terraform.Implies);
        Assert.All(SkillTaxonomy.Default.Skills.SelectMany(s => s.Implies), name => Assert.NotNull(SkillTaxonomy.Default.Get(name)));
    }

    [Fact]
    public void Find_UnknownText_ReturnsNull()
    {
        Assert.Null(SkillTaxonomy.Default.Find("underwater basket weaving"));
    }

    [Fact]
    public void Load_AliasClaimedByTwoSkills_ThrowsNamingBoth()
    {
        const string json = """
            { "version": 1, "categories": [ { "category": "Language", "skills": [
              { "name": "JavaScript", "aliases": ["JS"] },
              { "name": "JScript", "aliases": ["js"] } ] } ] }
            """;

        var error = Assert.Throws<SkillTaxonomyException>(() => SkillTaxonomy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains("JavaScript", error.Message, StringComparison.Ordinal);
        Assert.Contains("JScript", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "version": 1, "categories": [ { "category": "Language", "skills": [ { "name": " ", "aliases": [] } ] } ] }""")]
    [InlineData("""{ "version": 1, "categories": [ { "category": "Language", "skills": [ { "name": "Go", "aliases": [""] } ] } ] }""")]
    [InlineData("""{ "version": 1, "categories": [ { "category": "Nonsense", "skills": [ { "name": "Go", "aliases": [] } ] } ] }""")]
    [InlineData("""{ "version": 1, "categories": [ { "category": "Language", "skills": [ { "name": "Go", "aliases": [], "needsContext": ["Golang"] } ] } ] }""")]
    [InlineData("""{ "version": 1, "categories": [ { "category": "Language", "skills": [ { "name": "Go", "aliasses": [] } ] } ] }""")]
    [InlineData("""{ "version": 1, "categories": [] }""")]
    [InlineData("""{ "version": 1, "categories": [ { "category": "Language", "skills": [ { "name": "Go", "aliases": [], "implies": ["Nothing"] } ] } ] }""")]
    [InlineData("not json")]
    public void Load_InvalidData_Throws(string json)
    {
        Assert.Throws<SkillTaxonomyException>(() => SkillTaxonomy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }
}
