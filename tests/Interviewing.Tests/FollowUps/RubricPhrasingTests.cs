using MockInterview.Interviewing.Bank;
using MockInterview.Interviewing.FollowUps;
using MockInterview.Interviewing.Scoring;

namespace MockInterview.Interviewing.Tests.FollowUps;

public sealed class RubricPhrasingTests
{
    [Theory]
    [InlineData("Cache-aside or write-through patterns", "You did not talk about cache-aside or write-through patterns.", "Which would you choose here, and why?")]
    [InlineData("Stampede protection and stale data trade-offs", "You did not talk about stampede protection and stale data trade-offs.", "What are the trade-offs, and where would you draw the line?")]
    [InlineData("ACID properties", "You did not talk about ACID properties.", "How does that come into play here?")]
    [InlineData("Handling configuration changes such as rotation", "You did not talk about handling configuration changes such as rotation.", "How would you go about it?")]
    [InlineData("Explains how they made progress without full information.", "You did not explain how you made progress without full information.", "Can you walk me through that now?")]
    [InlineData("Names what would make them change the decision later", "You did not name what would make you change the decision later.", "Can you tell me now?")]
    [InlineData("Check cluster resources and spills to disk", "You did not say whether you would check cluster resources and spills to disk.", "How would you do that here, and why?")]
    [InlineData("How the chosen pattern handles state and events", "You did not explain how the chosen pattern handles state and events.", "Can you walk me through that now?")]
    [InlineData("Accuracy misleads on imbalanced data", "One point your answer did not get to: accuracy misleads on imbalanced data.", "Why does that matter here?")]
    [InlineData("Costs extra writes and storage", "You did not mention that it costs extra writes and storage.", "Why does that matter here?")]
    [InlineData("Uses query plans (EXPLAIN) to verify", "You did not say how you would use query plans (EXPLAIN) to verify.", "How would you do that here, and why?")]
    [InlineData("Golden signals: latency, traffic, errors, saturation", "You did not talk about golden signals: latency, traffic, errors, saturation.", "How does that come into play here?")]
    public void StatementAndQuestion_RubricPointOfEachShape_ReadAsInterviewerSentences(string point, string statement, string question)
    {
        Assert.Equal(statement, RubricPhrasing.Statement(point));
        Assert.Equal(question, RubricPhrasing.Question(point));
    }

    [Theory]
    [InlineData("Describes their own part in the decision", "Describe your own part in the decision.")]
    [InlineData("Invalidation strategies and TTLs", "Explain invalidation strategies and TTLs, and why that matters here.")]
    [InlineData("Is honest about the gap", "Be honest about the gap.")]
    [InlineData("Map assets, actors and data flows", "Say that you would map assets, actors and data flows, and why.")]
    [InlineData("Containers share the host kernel; VMs run their own", "Make the point that containers share the host kernel; VMs run their own.")]
    public void Instruction_RubricPoint_SaysWhatToSay(string point, string instruction)
    {
        Assert.Equal(instruction, RubricPhrasing.Instruction(point));
    }

    [Fact]
    public void BankFollowUpFor_PromptSharingADistinctiveWordWithThePoint_IsPreferred()
    {
        var question = QuestionBankLoader.Embedded.Find("tech-be-transactions-004")!;
        var point = RubricPoint.Parse("Choosing a level or using locks / optimistic concurrency");

        var aimed = RubricProbe.BankFollowUpFor(point, question, question.Text, new HashSet<string>());
        var afterAsking = RubricProbe.BankFollowUpFor(point, question, question.Text, new HashSet<string> { "You did not talk about it. " + aimed });

        Assert.Equal("What does optimistic concurrency look like in practice?", aimed);
        Assert.Null(afterAsking);
    }

    [Fact]
    public void BankFollowUpFor_OnlyTheQuestionsOwnTopicWordsShared_FindsNothing()
    {
        var question = QuestionBankLoader.Embedded.Find("tech-be-sql-003")!;

        var aimed = RubricProbe.BankFollowUpFor(RubricPoint.Parse("Costs extra writes and storage"), question, question.Text, new HashSet<string>());

        Assert.Null(aimed);
    }
}
