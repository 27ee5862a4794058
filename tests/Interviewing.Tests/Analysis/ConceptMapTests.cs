using MockInterview.Interviewing.Analysis;

namespace MockInterview.Interviewing.Tests.Analysis;

public sealed class ConceptMapTests
{
    [Theory]
    [InlineData("We moved the db to a new host", "How would you migrate a database to a new host?")]
    [InlineData("I ran it on k8s", "Have you run services on Kubernetes?")]
    [InlineData("The change sped up the checkout page", "How did you make the checkout page faster?")]
    [InlineData("We shipped the feature in March", "When was the feature released?")]
    [InlineData("My teammate and I disagreed", "Tell me about a conflict with a colleague")]
    [InlineData("My notice is four weeks", "What is your notice period?")]
    [InlineData("I'd like to work from home twice a week", "Do you prefer remote work?")]
    public void ContentStems_SynonymOrAbbreviation_MeetsTheQuestionWord(string answer, string question)
    {
        var answerStems = TextTokens.ContentStems(answer);
        var questionStems = TextTokens.ContentStems(question);

        Assert.True(answerStems.Overlaps(questionStems),
            $"no shared concept: answer {{{string.Join(", ", answerStems)}}}, question {{{string.Join(", ", questionStems)}}}");
    }

    [Theory]
    [InlineData("We put Redis in front of the service", "cache")]
    [InlineData("Events go through Kafka", "queue")]
    [InlineData("The tables live in SQL Server", "database")]
    [InlineData("We added dropout to the last layer", "regularization")]
    public void ContentStems_NamedTool_AlsoTouchesItsConcept(string answer, string concept)
    {
        var stems = TextTokens.ContentStems(answer);

        Assert.Contains(TextTokens.ContentStems(concept).Single(), stems);
    }

    [Fact]
    public void ContentStems_UnrelatedWords_StayApart()
    {
        var stems = TextTokens.ContentStems("I baked bread and walked the dog on the beach");

        Assert.False(stems.Overlaps(TextTokens.ContentStems("How do you index a database table for faster queries?")));
    }

    [Fact]
    public void Parse_WordWithTwoMeanings_ThrowsNamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() => ConceptMap.Parse(["fast = quick", "# comment", "slow = quick"]));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no separator here")]
    [InlineData("name =")]
    [InlineData("= orphan")]
    public void Parse_MalformedLine_Throws(string line) =>
        Assert.Throws<FormatException>(() => ConceptMap.Parse([line]));

    [Fact]
    public void Embedded_Always_LoadsWithoutConflicts() =>
        Assert.True(ConceptMap.Embedded.Count > 200, $"only {ConceptMap.Embedded.Count} entries");
}
