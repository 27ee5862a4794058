using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MockInterview.Interviewing;

namespace MockInterview.Interviews.Tests.Options;

public sealed class InterviewOptionsTests
{
    [Fact]
    public void Bind_OneModeOverridden_OtherModesKeepDefaults()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["Interviews:Modes:technical:QuestionMinutes"] = "25",
            ["Interviews:Limits:MaxAnswerChars"] = "500",
        });

        Assert.Equal(25, options.For(InterviewMode.Technical).QuestionMinutes);
        Assert.Equal(5, options.For(InterviewMode.Technical).SummaryMinutes);
        Assert.Equal(180, options.For(InterviewMode.Technical).AnswerTimeLimitSeconds);
        Assert.Equal(120, options.For(InterviewMode.Screening).AnswerTimeLimitSeconds);
        Assert.Equal(15, options.For(InterviewMode.Behavioral).QuestionMinutes);
        Assert.Equal(500, options.Limits.MaxAnswerChars);
        Assert.Equal(10_000, new InterviewOptions().Limits.MaxAnswerChars);
    }

    [Theory]
    [InlineData(20, 0.5)]
    [InlineData(20, 16)]
    [InlineData(4, 3)]
    [InlineData(301, 3)]
    public void Validate_VoiceTurnTakingOutOfRange_Fails(double thinking, double silence)
    {
        var options = new InterviewOptions { Voice = new InterviewVoiceOptions { ThinkingSeconds = thinking, EndOfTurnSilenceSeconds = silence } };

        var result = new InterviewOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Interviews:Voice:", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_VoiceSection_OverridesTurnTakingDefaults()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["Interviews:Voice:ThinkingSeconds"] = "30",
            ["Interviews:Voice:EndOfTurnSilenceSeconds"] = "2.5",
        });

        Assert.Equal(30, options.Voice.ThinkingSeconds);
        Assert.Equal(2.5, options.Voice.EndOfTurnSilenceSeconds);
        Assert.Equal(20, new InterviewOptions().Voice.ThinkingSeconds);
        Assert.Equal(3, new InterviewOptions().Voice.EndOfTurnSilenceSeconds);
    }

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new InterviewOptionsValidator().Validate(null, new InterviewOptions()).Succeeded);
    }

    [Fact]
    public void Validate_BadValues_FailWithEveryProblemNamed()
    {
        var options = new InterviewOptions { ConnectionString = "Data Source=", EventStreamMinutes = 0 };
        options.Modes["behavioral"].AnswerTimeLimitSeconds = 1;
        options.Modes["astrology"] = new InterviewModeOptions();
        options.Limits.MaxDurationMinutes = 1;

        var result = new InterviewOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("ConnectionString", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("behavioral:AnswerTimeLimitSeconds", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("astrology", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("MinDurationMinutes", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("EventStreamMinutes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("behavioral", true)]
    [InlineData("Technical", true)]
    [InlineData(" screening ", true)]
    [InlineData("1", false)]
    [InlineData("hr", false)]
    [InlineData(null, false)]
    public void TryParse_ModeName_AcceptsNamesOnly(string? text, bool valid)
    {
        Assert.Equal(valid, InterviewModes.TryParse(text, out _));
    }

    private static InterviewOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddOptions<InterviewOptions>().Bind(configuration.GetSection(InterviewOptions.SectionName));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<InterviewOptions>>().Value;
    }
}
