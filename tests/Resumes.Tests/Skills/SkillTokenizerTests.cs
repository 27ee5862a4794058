using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Tests.Skills;

public sealed class SkillTokenizerTests
{
    [Theory]
    [InlineData("C#/.NET, Node.js.", new[] { "c#", "/", ".net", "node.js" })]
    [InlineData("C++17 and ASP.NET Core", new[] { "c++17", "and", "asp.net", "core" })]
    [InlineData("P&L, 3.5 years (e.g. Python)", new[] { "p", "&", "l", "3.5", "years", "e.g", "python" })]
    [InlineData("scikit-learn", new[] { "scikit", "learn" })]
    [InlineData("", new string[0])]
    public void Tokenize_SymbolsAndPunctuation_KeepsSkillSpellings(string text, string[] expected)
    {
        Assert.Equal(expected, SkillTokenizer.Tokenize(text).Select(t => t.Value));
    }

    [Fact]
    public void Tokenize_Newlines_CountLines()
    {
        var tokens = SkillTokenizer.Tokenize("Go\nR\n\nSQL");

        Assert.Equal([0, 1, 3], tokens.Select(t => t.Line));
    }

    [Theory]
    [InlineData("Machine Learning", true)]
    [InlineData("Machine-Learning", true)]
    [InlineData("Machine,Learning", false)]
    [InlineData("Machine\nLearning", false)]
    public void Find_PhraseAcrossPunctuationOrLines_OnlyAcrossSpacesAndHyphens(string text, bool found)
    {
        Assert.Equal(found, SkillMatcher.Default.Find(text).Any(m => m.Skill.Name == "Machine Learning"));
    }
}
