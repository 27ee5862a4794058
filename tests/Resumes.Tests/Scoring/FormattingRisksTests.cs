using System.Text;
using MockInterview.Resumes.Profiles;
using MockInterview.Resumes.Scoring;

namespace MockInterview.Resumes.Tests.Scoring;

public sealed class FormattingRisksTests
{
    private static AtsComponent Formatting(string text) =>
        AtsScorer.Score(ResumeParser.Parse(text, Fixture.AsOf), null).Component(AtsComponentKind.LengthAndFormatting)!;

    [Fact]
    public void Score_CleanResume_FullFormattingPointsAndSaysSo()
    {
        var component = Formatting(Fixture.Read("classic.txt"));

        Assert.Equal(component.Weight, component.Points);
        Assert.Contains("no formatting risks", component.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_TablesColumnsAndOddCharacters_EachNamed()
    {
        var text = new StringBuilder(Fixture.Read("classic.txt"));
        for (var i = 0; i < 6; i++)
        {
            text.Append("| Skill ").Append(i).Append(" | Level | Years |\n");
            text.Append("Python developer role         Senior engineer at a bank in town\n");
        }

        text.Append("\uE001\uE002\uE003\uFFFD(cid:12)(cid:13)\n");

        var component = Formatting(text.ToString());

        Assert.Contains("tables or columns", component.Explanation, StringComparison.Ordinal);
        Assert.Contains("unreadable characters", component.Explanation, StringComparison.Ordinal);
        Assert.True(component.Points < component.Weight * 0.8);
    }

    [Fact]
    public void Score_FourPagesOfText_TooLong()
    {
        var page = Fixture.Read("classic.txt");
        var text = string.Join("\f", Enumerable.Repeat(page, 4)) + "\f";

        Assert.Contains("too long (4 pages)", Formatting(text).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoContactAndTooShort_BothNamed()
    {
        var component = Formatting("EXPERIENCE\nDeveloper, Acme Ltd, 2020 - 2022\n- Wrote code.\n");

        Assert.Contains("too short", component.Explanation, StringComparison.Ordinal);
        Assert.Contains("no email or phone", component.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_DenseParagraph_Named()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Worked closely with product and design on many features across the platform.", 8));
        var text = Fixture.Read("classic.txt").Replace("PROFESSIONAL SUMMARY\n", "PROFESSIONAL SUMMARY\n" + paragraph + "\n", StringComparison.Ordinal);

        Assert.Contains("dense paragraph", Formatting(text).Explanation, StringComparison.Ordinal);
    }
}
