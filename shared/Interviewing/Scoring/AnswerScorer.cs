using System.Collections.Concurrent;
using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Bank;
using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviewing.Scoring;

/// <summary>Deterministic, explained scoring of one answer: dimensions, flags that cap the score, reasons, feedback.</summary>
internal sealed class AnswerScorer(QuestionBank bank)
{
    public const string Source = "offline";

    // A question is scored many times (every candidate, every follow-up); its context is built once.
    private const int ContextCacheLimit = 10_000;
    private readonly ConcurrentDictionary<(string Id, string Text, int RubricCount), QuestionContext> _contexts = new();

    public AnswerEvaluation Evaluate(EvaluationRequest request)
    {
        var answer = request.Answer ?? string.Empty;
        var features = AnswerAnalyzer.Analyze(answer, bank.Vocabulary, bank.TagStems);
        var context = Context(request.Question);
        return Evaluate(features, context, request.EarlierAnswers ?? [], request.Delivery);
    }

    /// <summary>The bank entry a question (or its parent, for a follow-up) comes from.</summary>
    public BankQuestion? FindBankQuestion(InterviewQuestion question) =>
        bank.Find(question.Id) ?? (question.ParentQuestionId is { } parent ? bank.Find(parent) : null);

    /// <summary>What answers to <paramref name="question"/> are judged against (cached): the follow-up rules use the
    /// same context, so "this answer missed a rubric point" means the same thing in the score and in the probe.</summary>
    internal QuestionContext Context(InterviewQuestion question)
    {
        var key = (question.Id, question.Text, question.RubricPoints.Count);
        if (_contexts.TryGetValue(key, out var context))
        {
            return context;
        }

        // A question typed in by hand (/api/evaluate) borrows the rubric and tags of the bank question it paraphrases.
        var bankQuestion = FindBankQuestion(question)
            ?? (question.RubricPoints.Count == 0 ? bank.Index.BestMatch(question.Text, QuestionWording.Resolve(question.Category, question.Text)) : null);
        context = QuestionContext.For(question, bankQuestion, bank.Related);
        if (_contexts.Count < ContextCacheLimit)
        {
            _contexts.TryAdd(key, context);
        }

        return context;
    }

    public AnswerFeatures Analyze(string answer) => AnswerAnalyzer.Analyze(answer, bank.Vocabulary, bank.TagStems);

    private AnswerEvaluation Evaluate(AnswerFeatures f, QuestionContext q, IReadOnlyList<string> earlier, SpeechDelivery? delivery)
    {
        if (f.IsEmpty)
        {
            var zero = ScoreDimensions.All.ToDictionary(d => d, _ => 0.0, StringComparer.Ordinal);
            // Symbols without a single word ("$$$$ ####") are not an empty answer but an unreadable one.
            var flag = string.IsNullOrWhiteSpace(f.Text)
                ? new AnswerFlag(FlagCodes.Empty, "No answer was given.")
                : new AnswerFlag(FlagCodes.Gibberish, "The answer is not readable text (symbols without words).");
            return new AnswerEvaluation(0, zero, [flag], "There was no answer to this question, so it scores 0. Even a partial answer earns credit: say what you know and how you would find out the rest.",
                ["You did not answer the question."], Source)
            {
                StrongerAnswer = StrongerAnswerWriter.Full(q),
                RubricQuestionId = q.RubricQuestionId,
                Caveat = delivery is null ? null : DeliveryBands.Caveat(delivery),
            };
        }

        var flags = new List<AnswerFlag>();
        var gibberish = FlagDetector.IsGibberish(f);
        if (gibberish)
        {
            flags.Add(new AnswerFlag(FlagCodes.Gibberish, "The answer is not readable text (random letters or repeated words)."));
        }

        if (f.InjectionPhrases.Count > 0)
        {
            flags.Add(new AnswerFlag(FlagCodes.PromptInjection,
                $"The answer speaks to the grader instead of answering (\"{f.InjectionPhrases[0]}\"); that is ignored and costs points."));
        }

        if (!gibberish && FlagDetector.IsKeywordStuffed(f))
        {
            flags.Add(new AnswerFlag(FlagCodes.KeywordStuffed, "The answer lists buzzwords without sentences that show how you used them."));
        }

        if (!gibberish && FlagDetector.IsRepeat(f, earlier))
        {
            flags.Add(new AnswerFlag(FlagCodes.Repeated, "The answer repeats an earlier answer instead of addressing this question."));
        }

        var dims = DimensionScorer.Score(f, q, bank.TagStems, delivery);
        // Judged on words only (a fluent story about a hobby still has a "situation" and a "result"), on evidence:
        // see OffTopicRule.
        if (!gibberish && OffTopicRule.Reason(f, q, dims, bank.Related) is { } offTopic)
        {
            flags.Add(new AnswerFlag(FlagCodes.OffTopic, offTopic));
        }

        if (!gibberish && f.WordCount < q.MinimumWords)
        {
            flags.Add(new AnswerFlag(FlagCodes.TooShort, q.IsLogistics
                ? "The answer is too short to be clear; say it in a full sentence (for example the date or the number and any condition)."
                : "The answer is too short to show what you know; aim for a few sentences."));
        }
        else if (f.WordCount > 500)
        {
            flags.Add(new AnswerFlag(FlagCodes.TooLong, "The answer is very long; keep spoken answers to about two minutes."));
        }

        // An answer far from the question cannot be rescued by polish elsewhere.
        var overall = dims.Weighted(q.Category, q.IsLogistics) * (0.45 + (0.55 * Math.Min(1, dims.Relevance / 5)));
        overall -= flags.Any(fl => fl.Code == FlagCodes.TooLong) ? 1 : 0;

        // A behavioral answer with no actual episode in it (no scene, no "I did", no figure) is a general opinion,
        // and interviewers discount those however well they are phrased.
        if (q.IsBehavioral && !f.HasSituation && f.OwnActions == 0 && f.Numbers == 0)
        {
            overall *= 0.75;
        }
        overall = flags.Aggregate(overall, (score, flag) => score * FlagCodes.Penalty(flag.Code));
        var cap = flags.Select(fl => FlagCodes.Cap(fl.Code)).DefaultIfEmpty(10).Min();
        overall = Math.Min(cap, overall);
        var dimensionCap = gibberish ? 1 : 10;
        var reasons = ReasonWriter.Reasons(f, q, dims, flags, delivery);
        var score = DimensionScores.Round(overall);
        var caveat = delivery is null ? null : DeliveryBands.Caveat(delivery);
        var feedback = ReasonWriter.Feedback(score, dims, flags, reasons);
        return new AnswerEvaluation(score, dims.ToDictionary(dimensionCap), flags, caveat is null ? feedback : $"{feedback} {caveat}", reasons, Source)
        {
            StrongerAnswer = StrongerAnswerWriter.Outline(f, q, dims),
            Statistics = new AnswerStatistics(f.WordCount, f.Sentences.Count, f.FillerCount, f.Fillers),
            RubricQuestionId = q.RubricQuestionId,
            Caveat = caveat,
        };
    }
}
