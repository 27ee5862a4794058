namespace MockInterview.Interviews.Tests.Options;

public sealed class InterviewTimingTests
{
    [Fact]
    public void From_NoDuration_Is15MinutesOfQuestionsAnd5OfSummary()
    {
        var timing = InterviewTiming.From(new InterviewModeOptions(), null);
        Assert.Equal(TimeSpan.FromMinutes(15), timing.QuestionPhase);
        Assert.Equal(TimeSpan.FromMinutes(5), timing.SummaryPhase);
        Assert.Equal(TimeSpan.FromSeconds(180), timing.AnswerTimeLimit);
        Assert.Equal(2, timing.MaxFollowUpsPerQuestion);
    }

    [Theory]
    [InlineData(10, 450, 150)]
    [InlineData(40, 1800, 600)]
    [InlineData(5, 225, 75)]
    public void From_Duration_ScalesBothPhasesInProportion(int minutes, int questionSeconds, int summarySeconds)
    {
        var timing = InterviewTiming.From(new InterviewModeOptions(), minutes);
        Assert.Equal(TimeSpan.FromSeconds(questionSeconds), timing.QuestionPhase);
        Assert.Equal(TimeSpan.FromSeconds(summarySeconds), timing.SummaryPhase);
        Assert.Equal(TimeSpan.FromSeconds(180), timing.AnswerTimeLimit);
    }
}
