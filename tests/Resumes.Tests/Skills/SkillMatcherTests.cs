using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Tests.Skills;

public sealed class SkillMatcherTests
{
    private static List<string> Names(string text, SkillTextKind kind = SkillTextKind.Prose) =>
        SkillMatcher.Default.Find(text, kind).Select(m => m.Skill.Name).ToList();

    [Theory]
    [InlineData("Built services in C#.", "C#")]
    [InlineData("Wrote C++ and C# daily", "C++")]
    [InlineData("Migrated apps to .NET 8 last year", ".NET")]
    [InlineData("Functional code in F#, mostly", "F#")]
    [InlineData("APIs on Node.js.", "Node.js")]
    [InlineData("Stack: C#/.NET, ASP.NET Core", "ASP.NET Core")]
    [InlineData("Deployed to k8s clusters", "Kubernetes")]
    [InlineData("Ran Postgres in production", "PostgreSQL")]
    [InlineData("Set up CI/CD with GitHub Actions", "CI/CD")]
    [InlineData("Applied machine learning to churn", "Machine Learning")]
    [InlineData("Trained models with scikit-learn", "scikit-learn")]
    public void Find_SymbolAndMultiWordSkills_Found(string text, string expected)
    {
        Assert.Contains(expected, Names(text));
    }

    [Fact]
    public void Find_CSharpSlashDotNet_FindsBothWithExactText()
    {
        var mentions = SkillMatcher.Default.Find("Stack: C#/.NET");

        Assert.Equal(["C#", ".NET"], mentions.Select(m => m.Skill.Name));
        Assert.Equal(["C#", ".NET"], mentions.Select(m => m.MatchedText));
    }

    [Theory]
    [InlineData("Worked at Cisco and Citrix")]
    [InlineData("Managed the C-level reporting pack")]
    [InlineData("Led R&D for the new product line")]
    [InlineData("Let's go to the next market")]
    [InlineData("Time to Go home now")]
    [InlineData("I excel at building relationships")]
    [InlineData("We react quickly to incidents")]
    [InlineData("Rust on the old bridge was repaired")]
    [InlineData("Javascripting is not a word")]
    public void Find_WordsThatOnlyLookLikeSkills_FindsNone(string text)
    {
        Assert.Empty(Names(text));
    }

    [Fact]
    public void Find_LongerFormWins_SpringBootNotSpring()
    {
        Assert.Equal(["Spring Boot"], Names("Wrote it with Spring Boot"));
    }

    [Fact]
    public void Find_AmbiguousNameWithTechnicalNeighbour_Accepted()
    {
        Assert.Contains("Go", Names("Rewrote the billing service in Go and Python"));
        Assert.Contains("R", Names("Fitted mixed models in R for the statistical analysis"));
        Assert.Contains("Swift", Names("Shipped the iOS app written in Swift"));
        Assert.Contains("Microsoft Excel", Names("Built Excel models with pivot tables for finance"));
    }

    [Fact]
    public void Find_AmbiguousNameWithoutEvidence_Rejected()
    {
        Assert.DoesNotContain("Go", Names("Go team! We won the regional cup."));
        Assert.DoesNotContain("Swift", Names("Taylor Swift concert volunteer"));
        Assert.DoesNotContain("Microsoft Excel", Names("Students excel when Excel is not the point"));
    }

    [Fact]
    public void Find_SkillsList_AcceptsAmbiguousNamesInTheirUsualCase()
    {
        var names = Names("Go, R, C, Swift, Rust, Excel", SkillTextKind.SkillsList);

        Assert.Equal(["Go", "R", "C", "Swift", "Rust", "Microsoft Excel"], names);
    }

    [Fact]
    public void Find_SkillsListInLowerCase_RejectsAmbiguousCommonWords()
    {
        Assert.Empty(Names("go, swift, excel", SkillTextKind.SkillsList));
    }

    [Fact]
    public void Find_SameTextTwice_SameMentions()
    {
        const string text = "C#, .NET, Kubernetes, Go and Python on Azure; mentoring; SQL Server.";

        Assert.Equal(SkillMatcher.Default.Find(text), SkillMatcher.Default.Find(text));
    }

    [Fact]
    public void Find_MentionsDoNotOverlapAndPointIntoText()
    {
        const string text = "Senior Java developer: Spring Boot, Apache Kafka, AWS Lambda, React Native, T-SQL.";

        var mentions = SkillMatcher.Default.Find(text);

        for (var i = 0; i < mentions.Count; i++)
        {
            Assert.Equal(mentions[i].MatchedText, text.Substring(mentions[i].Index, mentions[i].Length));
            if (i > 0)
            {
                Assert.True(mentions[i].Index >= mentions[i - 1].Index + mentions[i - 1].Length);
            }
        }

        Assert.Equal(["Java", "Spring Boot", "Apache Kafka", "AWS Lambda", "React Native", "T-SQL"], mentions.Select(m => m.Skill.Name));
    }
}
