using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.Analysis;

public sealed class ResultSentenceTests
{
    private static readonly QuestionBank Bank = QuestionBankLoader.Embedded;

    [Theory]
    [InlineData("We trialled the new message queue on one service for a fortnight. After seeing the numbers, the operations group agreed to switch every service over.")]
    [InlineData("I rewrote the image pipeline to resize on upload. Product pages now open in well under a second on a mid-range phone.")]
    [InlineData("I added a schema check to the nightly job and a test for the broken case. That kind of silent data loss has not come back since.")]
    [InlineData("I set up a shared triage rota with the support lead. Billing complaints fell by a third over the next quarter.")]
    [InlineData("I wrote a runbook and automated the certificate renewal. We never woke up to an expired certificate again.")]
    [InlineData("I moved the reports to scheduled views. Month-end close went from four days to one.")]
    [InlineData("I met the buyer every week during the rollout and fixed their two biggest complaints. In the spring the client renewed for another two years.")]
    public void Analyze_OutcomeStatedInOwnWords_CountsAsResult(string answer)
    {
        var features = AnswerAnalyzer.Analyze(answer, Bank.Vocabulary, Bank.TagStems);

        Assert.True(features.ResultSentences > 0, "no outcome sentence found");
        Assert.True(features.HasResult);
    }

    [Theory]
    [InlineData("Our builds took forty minutes. I think planning carefully and talking to people is the key to good work.")]
    [InlineData("I like to keep things organised. I would look at the process and talk to the team about what slows them down.")]
    public void Analyze_NoOutcomeAfterTheOpening_FindsNoResultSentence(string answer)
    {
        var features = AnswerAnalyzer.Analyze(answer, Bank.Vocabulary, Bank.TagStems);

        Assert.Equal(0, features.ResultSentences);
    }

    [Fact]
    public void Analyze_FigureOnlyInTheOpeningSentence_IsTheStartingPointNotAResult()
    {
        var features = AnswerAnalyzer.Analyze("Deploys dropped to once a month when the old team left. I then started to read the scripts.", Bank.Vocabulary, Bank.TagStems);

        Assert.Equal(0, features.ResultSentences);
    }

    [Fact]
    public void Analyze_AcronymsInCapitals_AreNotGibberishShapes()
    {
        var features = AnswerAnalyzer.Analyze("The browser resolves the name over DNS, opens a TCP connection and does the TLS handshake.", Bank.Vocabulary, Bank.TagStems);

        Assert.Equal(0, features.BadShapeRatio);
    }
}
