using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.Bank;

public sealed class QuestionIndexBestMatchTests
{
    private static readonly QuestionBank Embedded = QuestionBankLoader.Embedded;

    [Fact]
    public void BestMatch_EveryBankQuestionsOwnText_FindsItself()
    {
        var misses = Embedded.Questions
            .Where(q => Embedded.Index.BestMatch(q.Text.ToUpperInvariant() + "  ", q.Category)?.Id != q.Id)
            .Select(q => q.Id)
            .ToList();

        Assert.Empty(misses);
    }

    [Theory]
    [InlineData("tech-ops-kubernetes-003", "When a pod crashes, what does Kubernetes do to keep your application running?", "technical")]
    [InlineData("tech-ops-kubernetes-003", "what happens when a pod crashes? how does kubernetes keep the app running", null)]
    [InlineData("tech-be-sql-003", "How do database indexes work? When do they help, and when can they hurt performance?", "technical")]
    [InlineData("tech-de-spark-003", "Your Spark job used to take 20 minutes and now it takes three hours. How would you investigate it?", "technical")]
    [InlineData("scr-motivation-001", "So why are you looking for a new role at the moment?", "screening")]
    public void BestMatch_CloseParaphrase_FindsTheBankQuestion(string id, string typed, string? category)
    {
        Assert.Equal(id, Embedded.Index.BestMatch(typed, category)?.Id);
    }

    [Theory]
    [InlineData("How does Kubernetes schedule pods onto nodes when the cluster is short of memory?", "technical")]
    [InlineData("What is your favourite sorting algorithm and why?", "technical")]
    [InlineData("Explain the CAP theorem to a product manager.", "technical")]
    [InlineData("Tell me about your favourite holiday destination.", "behavioral")]
    [InlineData("What did you have for breakfast today?", null)]
    [InlineData("Kubernetes", "technical")]
    [InlineData("", null)]
    public void BestMatch_DifferentQuestion_ReturnsNull(string typed, string? category)
    {
        Assert.Null(Embedded.Index.BestMatch(typed, category));
    }

    [Fact]
    public void BestMatch_ParaphraseInSmallBank_MatchesAndUnrelatedSameCategoryDoesNot()
    {
        var index = TestQuestions.Small().Index;

        Assert.Equal("be-cache", index.BestMatch("What can go wrong when you put a cache in front of your database, and when is it worth it?", "technical")?.Id);
        Assert.Null(index.BestMatch("How would you shard a database that no longer fits on one machine?", "technical"));
    }

    [Fact]
    public void BestMatch_TwoBankQuestionsEquallyClose_ReturnsNull()
    {
        var bank = new QuestionBank(
        [
            TestQuestions.Make("a", "How do you monitor a web service in production and alert on errors?"),
            TestQuestions.Make("b", "How do you monitor a batch service in production and alert on errors?"),
        ]);

        Assert.Null(bank.Index.BestMatch("How would you monitor a service in production and alert on errors?", "technical"));
    }

    [Fact]
    public void BestMatch_CategoryGiven_DoesNotMatchAnotherCategory()
    {
        var bank = TestQuestions.Small();

        Assert.Null(bank.Index.BestMatch("When would you put a cache in front of a database, and what can go wrong?", "behavioral"));
        Assert.Equal("be-cache", bank.Index.BestMatch("When would you put a cache in front of a database, and what can go wrong?", "custom")?.Id);
    }
}
