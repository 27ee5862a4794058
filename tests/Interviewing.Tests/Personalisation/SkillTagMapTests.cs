using MockInterview.Interviewing.Bank;
using MockInterview.Interviewing.Planning;
using MockInterview.Resumes.Skills;

namespace MockInterview.Interviewing.Tests.Personalisation;

public sealed class SkillTagMapTests
{
    private static readonly QuestionBank Bank = QuestionBankLoader.Embedded;
    private static readonly SkillTagMap Map = new(Bank, SkillMatcher.Default);

    [Theory]
    [InlineData("k8s", "kubernet")]
    [InlineData("Kubernetes", "k8s")]
    [InlineData("Postgres", "postgresql")]
    [InlineData("PostgreSQL", "postgr")]
    [InlineData("Kafka", "kafka")]
    [InlineData("React", "react")]
    [InlineData("TypeScript", "typescript")]
    [InlineData("JS", "javascript")]
    [InlineData("Terraform", "terraform")]
    [InlineData("Docker", "docker")]
    [InlineData("Amazon Web Services", "aws")]
    [InlineData("Redis", "redis")]
    [InlineData("GraphQL", "graphql")]
    [InlineData("Spark", "spark")]
    [InlineData("Airflow", "airflow")]
    [InlineData("dbt", "dbt")]
    [InlineData("WCAG", "wcag")]
    [InlineData("Prometheus", "prometheus")]
    [InlineData("MongoDB", "mongodb")]
    [InlineData("PyTorch", "pytorch")]
    public void GroupsOf_CommonSkill_MapsToTheBankWordsForIt(string written, string term)
    {
        var skill = SkillTaxonomy.Default.Find(written) ?? throw new InvalidOperationException(written);

        var groups = Map.GroupsOf(skill.Name);

        Assert.Contains(groups, g => g.Count == 1 && g[0] == term);
        // Every group finds at least one question that asks about the skill.
        Assert.All(groups, g => Assert.Contains(Bank.Questions, q => g.All(Bank.Index.Statistics.TopicTerms(q).Contains)));
    }

    [Theory]
    [InlineData("Backend Development")]  // "backend" is a track word, and "backend for frontend" is another topic
    [InlineData("Frontend Development")]
    [InlineData("Java")]                 // the bank has no Java question; "Core Java" must not map to "core"
    [InlineData("Leadership")]           // soft skills are not targets of technical questions
    public void GroupsOf_BroadOrUnknownToTheBank_MapsToNothing(string name)
    {
        Assert.Empty(Map.GroupsOf(SkillTaxonomy.Default.Find(name)?.Name ?? name));
    }

    [Fact]
    public void New_BuiltTwice_GivesTheSameMap()
    {
        var again = new SkillTagMap(Bank, new SkillMatcher(SkillTaxonomy.Default));

        foreach (var skill in SkillTaxonomy.Default.Skills)
        {
            Assert.Equal(Describe(Map.GroupsOf(skill.Name)), Describe(again.GroupsOf(skill.Name)));
        }
    }

    [Fact]
    public void New_EmbeddedBankAndTaxonomy_MapsMostTechnicalSkillsTheBankTagsName()
    {
        var mapped = SkillTaxonomy.Default.Skills.Count(s => Map.GroupsOf(s.Name).Count > 0);

        Assert.InRange(mapped, 250, SkillTaxonomy.Default.Skills.Count);
    }

    private static string Describe(IReadOnlyList<IReadOnlyList<string>> groups) => string.Join("|", groups.Select(g => string.Join("+", g)));
}
