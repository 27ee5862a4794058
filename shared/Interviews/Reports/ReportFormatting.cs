using System.Globalization;
using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>Wording shared by the Markdown and HTML reports.</summary>
internal static class ReportFormatting
{
    public static string Score(double score) => score.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Mode(InterviewMode mode) => mode.ToString().ToLowerInvariant();

    public static string Duration(double seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Round(seconds));
        return span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }

    public static string Sources(IReadOnlyList<string> sources) => sources.Count == 0 ? "none" : string.Join(", ", sources);

    /// <summary>The source of a part the LLM brain could not produce, answered by the offline brain instead
    /// (MockInterview.LlmInterviewer.LlmSources.OfflineFallback; a question's rationale starts with it in brackets).</summary>
    public const string OfflineFallback = "offline-fallback";

    /// <summary>Start of the source of a part an LLM produced: "llm:{provider}/{model}".</summary>
    public const string LlmPrefix = "llm:";

    /// <summary>A brain's name in words: "offline" is rules and the question bank, with no AI model involved.</summary>
    public static string Brain(string source) => source switch
    {
        "offline" => "offline brain (rules and the question bank, no AI model)",
        "llm" => "AI language model",
        OfflineFallback => "offline brain, because the LLM was unavailable",
        _ when source.StartsWith(LlmPrefix, StringComparison.Ordinal) => $"LLM ({source[LlmPrefix.Length..]})",
        _ => source,
    };

    /// <summary>Like <see cref="SourcesDescription"/>, but when the LLM brain's offline fallback answered some parts it
    /// says how many: "Scored by: LLM (groq/llama), 2 of 9 answers by the offline brain because the LLM was unavailable".</summary>
    /// <param name="plan">The brain that planned the interview.</param>
    /// <param name="answerSources">The source of every scored answer, one each.</param>
    /// <param name="summary">The source of the summary.</param>
    /// <param name="rationales">The rationale of every question asked (the closing one aside).</param>
    /// <param name="liveSources">Matching <paramref name="answerSources"/>: the source of the score given during the
    /// interview when the final review replaced it, else null. Any non-null switches to the wording of
    /// <see cref="ReviewedScores"/>.</param>
    public static string SourcesDescription(string plan, IReadOnlyList<string> answerSources, string summary, IReadOnlyList<string?> rationales, IReadOnlyList<string?>? liveSources = null)
    {
        var fallbackQuestions = rationales.Count(r => r?.StartsWith($"[{OfflineFallback}]", StringComparison.Ordinal) == true);
        var questions = fallbackQuestions == 0
            ? Brain(plan)
            : $"{Brain(plan)}, {fallbackQuestions} of {rationales.Count} from the offline brain because the LLM was unavailable";
        if (liveSources is not null && liveSources.Any(s => s is not null))
        {
            return $"Questions: {questions}. {ReviewedScores(answerSources, liveSources)} Summary, strengths and improvements: {Brain(summary)}.";
        }

        var fallbackAnswers = answerSources.Count(s => s == OfflineFallback);
        if (fallbackQuestions == 0 && fallbackAnswers == 0 && summary != OfflineFallback)
        {
            return SourcesDescription(plan, answerSources.Distinct().ToList(), summary);
        }

        var models = answerSources.Where(s => s != OfflineFallback).Distinct().Select(Brain).ToList();
        var scores = answerSources.Count == 0 ? "none"
            : models.Count == 0 ? $"the offline brain for all {answerSources.Count} answers, because the LLM was unavailable"
            : fallbackAnswers == 0 ? string.Join(" and ", models)
            : $"{string.Join(" and ", models)}, {fallbackAnswers} of {answerSources.Count} answers by the offline brain because the LLM was unavailable";
        return $"Questions: {questions}. Scored by: {scores}. Summary, strengths and improvements: {Brain(summary)}.";
    }

    /// <summary>Scores given live and graded again at the end: "Scored live by the offline brain (…), then graded at the end
    /// by LLM (groq/llama), whose grades are final." A review the LLM could not do is said as such ("the offline brain's
    /// scores stand"), and answers the review left alone are counted.</summary>
    /// <param name="finals">The source of every scored answer's final evaluation.</param>
    /// <param name="lives">Matching <paramref name="finals"/>: the source of the live evaluation the review replaced, else null.</param>
    public static string ReviewedScores(IReadOnlyList<string> finals, IReadOnlyList<string?> lives)
    {
        var n = finals.Count;
        var regraded = finals.Zip(lives, (final, live) => (Final: final, Live: live)).Where(p => p.Live is not null).ToList();
        var live = string.Join(" and ", regraded.Select(p => p.Live!).Distinct().Select(WithArticle));
        var graders = regraded.Where(p => p.Final != OfflineFallback).GroupBy(p => p.Final).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var fallback = regraded.Count(p => p.Final == OfflineFallback);
        var kept = n - regraded.Count;
        var text = new System.Text.StringBuilder($"Scored live by {live}");
        if (graders.Count > 0)
        {
            var byWhom = graders.Count == 1 && graders[0].Count() == n
                ? WithArticle(graders[0].Key)
                : string.Join(" and ", graders.Select(g => $"{WithArticle(g.Key)} for {g.Count()} of {n} answers"));
            text.Append(CultureInfo.InvariantCulture, $", then graded at the end by {byWhom}, whose grades are final");
        }

        text.Append('.');
        if (fallback > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" {(fallback == n ? $"All {n} answers" : $"{fallback} of {n} answers")} could not be graded at the end because the LLM was unavailable; the offline brain's scores stand.");
        }

        if (kept > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" {kept} of {n} answers kept the score given live.");
        }

        return text.ToString();
    }

    /// <summary>The score's source in a question's line: the final source, and for an answer graded again at the end,
    /// what it was given live.</summary>
    public static string ScoreSource(ReportQuestion question) => question switch
    {
        { LiveSource: { } liveSource, LiveScore: { } liveScore, Source: OfflineFallback } =>
            $"{OfflineFallback}; not graded at the end because the LLM was unavailable, scored {Score(liveScore)} live by {liveSource}",
        { LiveSource: { } liveSource, LiveScore: { } liveScore } =>
            $"{question.Source}; graded at the end, scored {Score(liveScore)} live by {liveSource}",
        _ => question.Source ?? "",
    };

    /// <summary>A brain's name in words, with "the" before the offline brain.</summary>
    private static string WithArticle(string source) => source is "offline" or OfflineFallback ? "the " + Brain(source) : Brain(source);

    /// <summary>Who produced the report's parts, in words: the description stored with the report, or for a report
    /// stored before descriptions existed, one written from its sources.</summary>
    public static string ScoredBy(ReportSources sources) =>
        sources.Description.Length > 0 ? sources.Description : SourcesDescription(sources.Plan, sources.Evaluations, sources.Summary);

    /// <summary>"Questions, scores and feedback: offline brain (…)." or, when parts differ, one clause per part.</summary>
    public static string SourcesDescription(string plan, IReadOnlyList<string> evaluations, string summary)
    {
        if (evaluations.All(e => e == plan) && summary == plan)
        {
            return $"Questions, scores and feedback: {Brain(plan)}.";
        }

        var scores = evaluations.Count == 0 ? "none" : string.Join(" and ", evaluations.Select(Brain));
        return $"Questions: {Brain(plan)}. Scores: {scores}. Summary, strengths and improvements: {Brain(summary)}.";
    }

    /// <summary>"12 words, 2 sentences, 3 fillers (um ×2, you know ×1)".</summary>
    public static string AnswerStatistics(AnswerStatistics s)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{s.Words} words, {s.Sentences} sentences, {s.FillerWords} fillers");
        return s.FillerWords == 0 ? text : text + " (" + Fillers(s.Fillers.Select(f => (f.Key, f.Value))) + ")";
    }

    public static string Fillers(IEnumerable<(string Filler, int Count)> fillers) =>
        string.Join(", ", fillers.OrderByDescending(f => f.Count).ThenBy(f => f.Filler, StringComparer.Ordinal)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"\"{f.Filler}\" ×{f.Count}")));

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Removes what must never reach a rendered page: control characters (except new lines and tabs), and the
    /// invisible bidirectional and zero-width characters that can make text display differently from what it is.</summary>
    public static string Clean(string text)
    {
        var clean = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\t' || !(char.IsControl(c) || c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF'))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    public static string Outcome(ReportQuestion question) => question.Outcome switch
    {
        "answered" => "Answered",
        "timedOut" => "Not answered in time",
        "skipped" => "Not answered (the interview was ended)",
        _ => question.Answer is null ? "Closing question, not answered (not scored)" : "Closing question (not scored)",
    };

    public static IEnumerable<KeyValuePair<string, double>> OrderedDimensions(IReadOnlyDictionary<string, double> dimensions) =>
        dimensions.OrderBy(d => Rank(d.Key)).ThenBy(d => d.Key, StringComparer.Ordinal);

    private static int Rank(string dimension)
    {
        for (var i = 0; i < ScoreDimensions.All.Count; i++)
        {
            if (ScoreDimensions.All[i] == dimension)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
