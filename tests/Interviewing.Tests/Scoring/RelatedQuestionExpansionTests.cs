using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.Scoring;

/// <summary>Relevance through the bank questions nearest a question: a paraphrase in the subject's own vocabulary is
/// relevant; a hobby story or an answer about another technical subject is not.</summary>
public sealed class RelatedQuestionExpansionTests
{
    private const string PageSpeedQuestion = "How would you make a web page feel quicker for people on slow phones?";

    // Repeats none of the question's content words: it speaks the subject's vocabulary instead.
    private const string PageSpeedParaphrase =
        "I would start by measuring with Lighthouse on a throttled connection to see where the time goes. Usually the biggest wins " +
        "are images: serve them in modern formats at the right size and lazy load anything below the fold. Then I would split the " +
        "JavaScript bundle so each route ships only its own code, defer third-party scripts, and cache static assets with long " +
        "lifetimes behind a CDN, because repeat visits should not download everything again.";

    private const string HobbyAnswer =
        "At weekends I restore old bicycles with my neighbour. We strip them down, replace the bearings and cables, repaint the " +
        "frames and then sell them at the local market, which pays for the next batch of parts.";

    private const string InfrastructureAnswer =
        "I would describe every environment in Terraform modules, keep the remote state in a locked storage bucket, and run plan " +
        "in the pipeline on each pull request so reviewers see exactly which cloud resources change before anyone applies them.";

    private static readonly QuestionBank Bank = QuestionBankLoader.Embedded;
    private readonly OfflineInterviewerBrain _brain = OfflineInterviewerBrain.CreateDefault();

    [Fact]
    public void Nearest_TypedQuestionWords_FindsQuestionsOfThatSubject()
    {
        var stems = TextTokens.ContentStems("How do you stop attackers from injecting SQL through a search form?");

        var near = Bank.Related.Nearest(stems, 5, 0.5);

        Assert.NotEmpty(near);
        Assert.Contains(near, h => h.Question.Tags.Concat(h.Question.Rubric).Append(h.Question.Text).Any(t => t.Contains("injection", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task EvaluateAsync_TypedQuestionParaphrasedInTheSubjectsVocabulary_IsRelevantAndNotFlagged()
    {
        var evaluation = await Evaluate(PageSpeedQuestion, "technical", PageSpeedParaphrase);

        Assert.DoesNotContain(evaluation.Flags, f => f.Code == "offTopic");
        Assert.InRange(evaluation.Dimensions["relevance"], 5, 10);
        Assert.InRange(evaluation.Score, 5, 10);
    }

    [Fact]
    public async Task EvaluateAsync_HobbyStoryToATypedTechnicalQuestion_IsIrrelevantAndFlagged()
    {
        var evaluation = await Evaluate(PageSpeedQuestion, "technical", HobbyAnswer);

        Assert.Contains(evaluation.Flags, f => f.Code == "offTopic");
        Assert.InRange(evaluation.Dimensions["relevance"], 0, 2);
    }

    [Fact]
    public async Task EvaluateAsync_AnswerAboutAnotherTechnicalSubject_IsIrrelevantAndFlagged()
    {
        var evaluation = await Evaluate(PageSpeedQuestion, "technical", InfrastructureAnswer);

        Assert.Contains(evaluation.Flags, f => f.Code == "offTopic");
        Assert.InRange(evaluation.Dimensions["relevance"], 0, 3);
    }

    [Fact]
    public async Task EvaluateAsync_MoreOfTheSubjectsVocabulary_RaisesRelevanceInSteps()
    {
        var answers = new[]
        {
            "I would look at it carefully and talk to the team involved before changing anything at all.",
            "I would look at it carefully and compress the images before changing anything at all.",
            "I would look at it carefully, compress the images and lazy load them, before changing anything at all.",
            "I would measure with Lighthouse, compress the images, lazy load them, split the JavaScript bundle and cache assets on a CDN.",
        };

        var relevance = new List<double>();
        foreach (var answer in answers)
        {
            relevance.Add((await Evaluate(PageSpeedQuestion, "technical", answer)).Dimensions["relevance"]);
        }

        Assert.Equal(relevance.Order(), relevance);
        Assert.True(relevance[0] < relevance[^1] - 4, string.Join(", ", relevance));

        // Graded: the middle answers land between the ends, not on a cliff at 0, 5 or 10.
        Assert.Contains(relevance.Skip(1).Take(2), r => r is > 0.5 and < 9.5 && r != 5);
    }

    [Fact]
    public async Task EvaluateAsync_BankQuestionAnsweredWithAStoryAboutAnotherSubject_FlagsOffTopic()
    {
        var question = LabelledSet.Question("tech-fe-performance-005");

        var evaluation = await _brain.EvaluateAsync(new EvaluationRequest(InterviewMode.Technical, question, InfrastructureAnswer, []), CancellationToken.None);

        Assert.Contains(evaluation.Flags, f => f.Code == "offTopic");
        Assert.InRange(evaluation.Score, 0, 2.5);
    }

    private Task<AnswerEvaluation> Evaluate(string questionText, string category, string answer) =>
        _brain.EvaluateAsync(
            new EvaluationRequest(InterviewMode.Customized, new InterviewQuestion("adhoc", questionText, category, false, null, []), answer, []),
            CancellationToken.None);
}
