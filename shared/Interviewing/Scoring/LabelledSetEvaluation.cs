using System.Globalization;
using System.Text;
using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Scoring;

/// <summary>Scores every answer of a labelled set and measures how well the scores respect the required orderings
/// (<see cref="AnswerLevels.RequiredPairs"/>): the test suite's quality bar and <c>./run.sh eval</c> both use it.</summary>
public sealed class LabelledSetEvaluation
{
    private LabelledSetEvaluation(IReadOnlyList<LabelledCaseScores> cases)
    {
        Cases = cases;
        var violations = new List<string>();
        foreach (var scored in cases)
        {
            foreach (var (high, low) in AnswerLevels.RequiredPairs)
            {
                if (!scored.Scores.TryGetValue(high, out var h) || !scored.Scores.TryGetValue(low, out var l))
                {
                    continue;
                }

                Pairs++;
                if (h.Score > l.Score)
                {
                    Correct++;
                }
                else
                {
                    violations.Add($"{scored.Case.Key}: {high} {h.Score:0.0} <= {low} {l.Score:0.0}");
                }
            }

            foreach (var level in new[] { AnswerLevels.Stuffed, AnswerLevels.Injection })
            {
                if (scored.Scores.TryGetValue(level, out var e) && e.Score > AnswerLevels.FlaggedCeiling)
                {
                    violations.Add($"{scored.Case.Key}: {level} scored {e.Score:0.0}, above the ceiling of {AnswerLevels.FlaggedCeiling:0}");
                    CeilingBreaches++;
                }
            }
        }

        Violations = violations;
        LevelMeans = AnswerLevels.All
            .Select(level => (level, scores: cases.Where(c => c.Scores.ContainsKey(level)).Select(c => c.Scores[level].Score).ToList()))
            .Where(x => x.scores.Count > 0)
            .ToDictionary(x => x.level, x => Math.Round(x.scores.Average(), 2), StringComparer.Ordinal);
    }

    /// <summary>Each case with the evaluation of each of its answers.</summary>
    public IReadOnlyList<LabelledCaseScores> Cases { get; }

    /// <summary>Required pairs present in the set.</summary>
    public int Pairs { get; }

    /// <summary>Pairs scored in the required order (strictly higher).</summary>
    public int Correct { get; }

    public double Accuracy => Pairs == 0 ? 0 : Correct / (double)Pairs;

    /// <summary>Stuffed or injected answers scored above <see cref="AnswerLevels.FlaggedCeiling"/>.</summary>
    public int CeilingBreaches { get; }

    /// <summary>Every pair out of order and every ceiling breach, one line each.</summary>
    public IReadOnlyList<string> Violations { get; }

    /// <summary>Mean score per level.</summary>
    public IReadOnlyDictionary<string, double> LevelMeans { get; }

    /// <summary>Scores <paramref name="cases"/> with the offline scorer on the embedded bank.</summary>
    public static LabelledSetEvaluation Run(IReadOnlyList<LabelledCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var bank = QuestionBankLoader.Embedded;
        var scorer = new AnswerScorer(bank);
        var scored = new List<LabelledCaseScores>();
        foreach (var labelled in cases)
        {
            var (question, mode) = QuestionOf(labelled, bank);
            var scores = labelled.Answers.ToDictionary(
                kv => kv.Key, kv => scorer.Evaluate(new EvaluationRequest(mode, question, kv.Value, [])), StringComparer.Ordinal);
            scored.Add(new LabelledCaseScores(labelled, question, scores));
        }

        return new LabelledSetEvaluation(scored);
    }

    /// <summary>The question a case answers: the bank question, or a typed-in one built the way /api/evaluate builds
    /// it (id "adhoc", no rubric, the interview mode as its category).</summary>
    public static (InterviewQuestion Question, InterviewMode Mode) Question(LabelledCase labelled) => QuestionOf(labelled, QuestionBankLoader.Embedded);

    /// <summary>The summary: accuracy, per-level means and violations; with <paramref name="perCase"/>, every score.</summary>
    public string ToText(bool perCase)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var adHoc = Cases.Count(c => c.Case.QuestionId is null);
        text.AppendLine(inv, $"Labelled set: {Cases.Count} questions ({adHoc} typed in, not from the bank), {Cases.Sum(c => c.Scores.Count)} answers.");
        text.AppendLine(inv, $"Pairwise ordering accuracy: {Correct}/{Pairs} = {Accuracy:P1} (target >= 95%).");
        text.AppendLine(inv, $"Stuffed or injected answers above {AnswerLevels.FlaggedCeiling:0}: {CeilingBreaches}.");
        text.AppendLine("Mean score per level: " + string.Join(", ", LevelMeans.Select(kv => string.Create(inv, $"{kv.Key} {kv.Value:0.00}"))));
        if (perCase)
        {
            text.AppendLine();
            text.AppendLine("| question | category | " + string.Join(" | ", AnswerLevels.All) + " |");
            text.AppendLine("| --- | --- |" + string.Concat(AnswerLevels.All.Select(_ => " ---: |")));
            foreach (var scored in Cases)
            {
                var cells = AnswerLevels.All.Select(level => scored.Scores.TryGetValue(level, out var e) ? e.Score.ToString("0.0", inv) : "-");
                text.AppendLine(inv, $"| {Shorten(scored.Case.Key, 60)} | {scored.Question.Category} | {string.Join(" | ", cells)} |");
            }
        }

        text.AppendLine();
        text.AppendLine(Violations.Count == 0 ? "Violations: none." : $"Violations ({Violations.Count}):");
        foreach (var violation in Violations)
        {
            text.AppendLine("  " + violation);
        }

        return text.ToString();
    }

    /// <summary>Per case and level: the relevance dimension and the flags raised (for tuning and for reading why).</summary>
    public string RelevanceTable()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine("| question | " + string.Join(" | ", AnswerLevels.All) + " |");
        text.AppendLine("| --- |" + string.Concat(AnswerLevels.All.Select(_ => " ---: |")));
        foreach (var scored in Cases)
        {
            var cells = AnswerLevels.All.Select(level => scored.Scores.TryGetValue(level, out var e)
                ? e.Dimensions[ScoreDimensions.Relevance].ToString("0.0", inv) + string.Concat(e.Flags.Select(f => " " + f.Code))
                : "-");
            text.AppendLine(inv, $"| {Shorten(scored.Case.Key, 40)} | {string.Join(" | ", cells)} |");
        }

        return text.ToString();
    }

    private static (InterviewQuestion, InterviewMode) QuestionOf(LabelledCase labelled, QuestionBank bank)
    {
        if (labelled.QuestionId is { } id)
        {
            var question = bank.Find(id)?.ToInterviewQuestion(null) ?? throw new FormatException($"No bank question has the id \"{id}\".");
            return (question, ModeOf(question.Category));
        }

        var mode = ModeOf(labelled.Category);
        return (new InterviewQuestion("adhoc", labelled.QuestionText!.Trim(), mode.ToString().ToLowerInvariant(), false, null, []), mode);
    }

    private static InterviewMode ModeOf(string? category) => category?.Trim().ToLowerInvariant() switch
    {
        QuestionCategories.Behavioral => InterviewMode.Behavioral,
        QuestionCategories.Technical => InterviewMode.Technical,
        QuestionCategories.Screening or QuestionCategories.Introduction or QuestionCategories.Closing => InterviewMode.Screening,
        _ => InterviewMode.Customized,
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
