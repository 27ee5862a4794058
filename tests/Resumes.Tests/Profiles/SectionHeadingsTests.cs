using MockInterview.Resumes.Profiles;

namespace MockInterview.Resumes.Tests.Profiles;

public sealed class SectionHeadingsTests
{
    [Theory]
    [InlineData("WORK EXPERIENCE", ResumeSection.Experience)]
    [InlineData("Professional Experience:", ResumeSection.Experience)]
    [InlineData("## Employment History", ResumeSection.Experience)]
    [InlineData("E X P E R I E N C E", ResumeSection.Experience)]
    [InlineData("Skills & Tools", ResumeSection.Skills)]
    [InlineData("TECHNICAL SKILLS", ResumeSection.Skills)]
    [InlineData("Core Competencies", ResumeSection.Skills)]
    [InlineData("Education and Training", ResumeSection.Education)]
    [InlineData("Licenses & Certifications", ResumeSection.Certifications)]
    [InlineData("Career Objective", ResumeSection.Summary)]
    [InlineData("About Me", ResumeSection.Summary)]
    [InlineData("Personal Projects", ResumeSection.Projects)]
    [InlineData("Honors & Awards", ResumeSection.Awards)]
    [InlineData("Volunteer Experience", ResumeSection.Volunteering)]
    public void TryMatch_HeadingVariants_Recognised(string line, ResumeSection expected)
    {
        Assert.True(SectionHeadings.TryMatch(line, out var section, out var rest));
        Assert.Equal(expected, section);
        Assert.Equal(string.Empty, rest);
    }

    [Fact]
    public void TryMatch_HeadingWithContent_ReturnsTheContent()
    {
        Assert.True(SectionHeadings.TryMatch("Skills: C#, SQL, Docker", out var section, out var rest));
        Assert.Equal(ResumeSection.Skills, section);
        Assert.Equal("C#, SQL, Docker", rest);
    }

    [Theory]
    [InlineData("Experience with Kubernetes and Terraform")]
    [InlineData("Led the education programme for 40 staff")]
    [InlineData("Skills were taught in workshops every week of the year")]
    public void TryMatch_SentencesStartingWithHeadingWords_NotHeadings(string line)
    {
        Assert.False(SectionHeadings.TryMatch(line, out _, out _));
    }
}
