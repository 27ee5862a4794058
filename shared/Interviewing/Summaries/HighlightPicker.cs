using MockInterview.Interviewing.Scoring;

namespace MockInterview.Interviewing.Summaries;

/// <summary>Chooses the top strengths and improvements, each backed by a quote from the answer that shows it.</summary>
internal sealed class HighlightPicker(AnswerScorer scorer, IReadOnlyList<QuestionThread> threads)
{
    public const int Top = 3;

    private static readonly string[] SeriousFlags =
        [FlagCodes.PromptInjection, FlagCodes.Gibberish, FlagCodes.KeywordStuffed, FlagCodes.OffTopic, FlagCodes.Repeated];

    private IEnumerable<(AnsweredTurn Turn, AnswerEvaluation Evaluation)> Answered =>
        threads.SelectMany(t => t.Turns).Where(t => t.Evaluation is not null).Select(t => (t.Turn, t.Evaluation!));

    public List<Highlight> Strengths(IReadOnlyDictionary<string, double> dimensions)
    {
        var strengths = new List<Highlight>();
        foreach (var (dimension, mean) in dimensions.Where(d => d.Value >= SummaryWriter.StrengthThreshold).OrderByDescending(d => d.Value))
        {
            // Evidence of a strength must come from an honest answer, never from a flagged one.
            var honest = Answered.Where(a => a.Evaluation.Flags.Count == 0).ToList();
            if (honest.Count == 0)
            {
                break;
            }

            var best = honest.MaxBy(a => a.Evaluation.Dimensions.GetValueOrDefault(dimension));

            strengths.Add(new Highlight(StrengthText(dimension), Quote(best.Turn, dimension, forStrength: true), best.Turn.Question.Id));
            if (strengths.Count == Top)
            {
                break;
            }
        }

        return strengths;
    }

    public List<Highlight> Improvements(IReadOnlyDictionary<string, double> dimensions)
    {
        var improvements = new List<Highlight>();
        foreach (var code in SeriousFlags)
        {
            foreach (var (turn, _) in Answered.Where(a => a.Evaluation.Flags.Any(f => f.Code == code)).Take(1))
            {
                improvements.Add(new Highlight(FlagText(code), Quote(turn, ScoreDimensions.Relevance, forStrength: false), turn.Question.Id));
            }
        }

        var unanswered = threads.Where(t => t.Unanswered).ToList();
        if (unanswered.Count > 0)
        {
            improvements.Add(new Highlight(
                $"{unanswered.Count} of {threads.Count} questions got no answer in time; even a partial answer earns credit, so say what you know.",
                null, unanswered[0].Main.Id));
        }

        // Habits across answers are more useful than a low dimension: they say what to change. A dimension a habit already
        // explains is not repeated.
        var explained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (habit, dimension) in new HabitFinder(scorer, threads).Find())
        {
            improvements.Add(habit);
            explained.Add(dimension);
        }

        foreach (var (dimension, _) in dimensions.Where(d => d.Value < SummaryWriter.StrengthThreshold && !explained.Contains(d.Key)).OrderBy(d => d.Value))
        {
            var answered = Answered.Where(a => a.Evaluation.Flags.All(f => f.Code != FlagCodes.Empty)).ToList();
            if (answered.Count == 0)
            {
                improvements.Add(new Highlight(ImprovementText(dimension)));
                continue;
            }

            var worst = answered.MinBy(a => a.Evaluation.Dimensions.GetValueOrDefault(dimension));
            improvements.Add(new Highlight(ImprovementText(dimension), Quote(worst.Turn, dimension, forStrength: false), worst.Turn.Question.Id));
        }

        return improvements.Take(Top).ToList();
    }

    private string? Quote(AnsweredTurn turn, string dimension, bool forStrength) =>
        string.IsNullOrWhiteSpace(turn.Answer) ? null : QuoteFinder.Quote(scorer.Analyze(turn.Answer), dimension, forStrength);

    private static string StrengthText(string dimension) => dimension switch
    {
        ScoreDimensions.Relevance => "You answered the questions that were asked and covered their key points.",
        ScoreDimensions.Structure => "Your answers were well organised, with a clear beginning, steps and an outcome.",
        ScoreDimensions.Specificity => "You backed your claims with concrete evidence: numbers, names and outcomes.",
        ScoreDimensions.Depth => "You explained your reasoning and trade-offs, not just the steps.",
        _ => "You spoke clearly, at a good length, with few filler words.",
    };

    private static string ImprovementText(string dimension) => dimension switch
    {
        ScoreDimensions.Relevance => "Answer the question that was asked and cover its key points before adding anything else.",
        ScoreDimensions.Structure => "Structure your answers: for stories use situation, task, action, result; otherwise lead with the main point, then the steps.",
        ScoreDimensions.Specificity => "Add concrete evidence: numbers, names of tools and measurable outcomes instead of general statements.",
        ScoreDimensions.Depth => "Go deeper: explain why you chose an approach, what the alternatives were and what it cost.",
        _ => "Tighten your delivery: a few complete sentences up to about two minutes, with fewer filler words.",
    };

    private static string FlagText(string code) => code switch
    {
        FlagCodes.PromptInjection => "An answer spoke to the grading system instead of the interviewer; that never earns points and looks bad in a real interview.",
        FlagCodes.Gibberish => "An answer was not readable text; if you do not know, say so and explain how you would find out.",
        FlagCodes.KeywordStuffed => "An answer listed buzzwords instead of showing how you used them; pick one and tell the story.",
        FlagCodes.OffTopic => "An answer did not address the question; restate the question to yourself before you start.",
        _ => "An answer repeated an earlier one; each question deserves its own example.",
    };
}
