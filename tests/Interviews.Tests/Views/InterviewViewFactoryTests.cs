using MockInterview.Interviewing;
using MockInterview.Interviews.Tests.Support;

namespace MockInterview.Interviews.Tests.Views;

public sealed class InterviewViewFactoryTests
{
    [Fact]
    public void Create_AfterTwoMainQuestionsAndAFollowUp_NumbersMainQuestionsOnly()
    {
        var turns = new List<TurnRecord>
        {
            Turn(Samples.Asked("q1", 0)),
            Turn(new AskedQuestion(Samples.Question("q1-f1", followUp: true), 1, Samples.Start, Samples.Start.AddMinutes(3))),
            Turn(Samples.Asked("q2", 2)),
        };
        var followUp = new AskedQuestion(Samples.Question("q2-f1", followUp: true), 3, Samples.Start, Samples.Start.AddMinutes(3));
        var next = Samples.Asked("q3", 4);

        var onFollowUp = InterviewViewFactory.Create(Samples.Interview() with { Current = followUp }, turns, Samples.Start);
        var onNext = InterviewViewFactory.Create(
            Samples.Interview() with { Current = next }, [.. turns, Turn(followUp)], Samples.Start);

        Assert.Equal(2, onFollowUp.Question!.Number);
        Assert.Equal(3, onNext.Question!.Number);
    }

    private static TurnRecord Turn(AskedQuestion asked) =>
        new("0123456789abcdef0123456789abcdef", asked, "An answer.", Samples.Start, TimedOut: false, Evaluation: null);
}
