using System.Globalization;
using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Scoring;

namespace MockInterview.Interviewing.Summaries;

/// <summary>Finds habits that run across answers (stories without results, answers without a single number, heavy
/// filler use, the team instead of "I", answers too short to judge) and names each with how often it happened and a
/// verbatim quote that shows it.</summary>
internal sealed class HabitFinder(AnswerScorer scorer, IReadOnlyList<QuestionThread> threads)
{
    /// <summary>Fillers per 100 words above which delivery suffers (about 1 is natural in speech).</summary>
    public const double HeavyFillersPer100Words = 3.0;

    /// <summary>Each habit found, with the dimension it explains; habits shown by more answers first.</summary>
    public List<(Highlight Highlight, string Dimension)> Find()
    {
        var answers = threads.SelectMany(t => t.Turns)
            .Where(t => t.Evaluation is not null && t.Evaluation.Flags.All(f => f.Code is not (FlagCodes.Empty or FlagCodes.Gibberish or FlagCodes.PromptInjection)))
            .Select(t => (t.Turn, Features: scorer.Analyze(t.Turn.Answer!)))
            .ToList();
        var habits = new List<(Highlight Highlight, string Dimension, int Count)>();
        if (answers.Count == 0)
        {
            return [];
        }

        var stories = answers.Where(a => !a.Turn.Question.IsFollowUp && IsBehavioral(a.Turn.Question)).ToList();
        var noResult = stories.Where(s => !ThreadHasResult(s.Turn.Question.Id)).ToList();
        if (noResult.Count > 0)
        {
            habits.Add((new Highlight(
                $"Stories that stopped before the result: {noResult.Count} of {stories.Count}. End every story with what changed, measured if you can.",
                QuoteFinder.LastSentence(noResult[0].Features), noResult[0].Turn.Question.Id), ScoreDimensions.Structure, noResult.Count));
        }

        var teamOnly = stories.Where(s => s.Features.OwnActions == 0 && s.Features.TeamActions > 0).ToList();
        if (teamOnly.Count > 0)
        {
            habits.Add((new Highlight(
                $"Stories told as \"we\" with no \"I\" in them: {teamOnly.Count} of {stories.Count}. Say what you did yourself, in the first person.",
                QuoteFinder.Quote(teamOnly[0].Features, ScoreDimensions.Structure, forStrength: false), teamOnly[0].Turn.Question.Id), ScoreDimensions.Structure, teamOnly.Count));
        }

        var noNumbers = answers.Where(a => a.Features.Numbers == 0 && a.Features.WordCount >= 12).ToList();
        if (noNumbers.Count >= 2 && noNumbers.Count * 2 >= answers.Count)
        {
            habits.Add((new Highlight(
                $"Answers without a single number: {noNumbers.Count} of {answers.Count}. Add sizes, times, money or percentages to show scale and impact.",
                QuoteFinder.Quote(noNumbers[0].Features, ScoreDimensions.Specificity, forStrength: false), noNumbers[0].Turn.Question.Id), ScoreDimensions.Specificity, noNumbers.Count));
        }

        var words = answers.Sum(a => a.Features.WordCount);
        var fillers = answers.SelectMany(a => a.Features.Fillers).GroupBy(f => f.Key, StringComparer.Ordinal)
            .Select(g => (Filler: g.Key, Count: g.Sum(x => x.Value))).OrderByDescending(f => f.Count).ThenBy(f => f.Filler, StringComparer.Ordinal).ToList();
        var fillerCount = fillers.Sum(f => f.Count);
        var per100 = words == 0 ? 0 : fillerCount * 100.0 / words;
        if (fillerCount >= 3 && per100 > HeavyFillersPer100Words)
        {
            var worst = answers.OrderByDescending(a => a.Features.FillerCount).First();
            var top = string.Join(", ", fillers.Take(3).Select(f => $"\"{f.Filler}\" ×{f.Count}"));
            habits.Add((new Highlight(
                string.Create(CultureInfo.InvariantCulture, $"Heavy use of filler words: {per100:0.0} per 100 words ({top}). Pause instead of filling the silence."),
                QuoteFinder.FillerSentence(worst.Features), worst.Turn.Question.Id), ScoreDimensions.Communication, fillerCount));
        }

        var tooShort = answers.Where(a => !a.Turn.Question.IsFollowUp && a.Features.WordCount < 25).ToList();
        if (tooShort.Count >= 2)
        {
            habits.Add((new Highlight(
                $"Answers of only a sentence or two: {tooShort.Count} of {answers.Count(a => !a.Turn.Question.IsFollowUp)}. Aim for four to eight sentences, a minute or two spoken.",
                QuoteFinder.Quote(tooShort[0].Features, ScoreDimensions.Relevance, forStrength: false), tooShort[0].Turn.Question.Id), ScoreDimensions.Communication, tooShort.Count));
        }

        return habits.OrderByDescending(h => h.Count).Select(h => (h.Highlight, h.Dimension)).ToList();
    }

    private bool ThreadHasResult(string questionId)
    {
        var thread = threads.FirstOrDefault(t => t.Main.Id == questionId);
        var text = thread is null ? string.Empty : string.Join("\n", thread.Turns.Select(t => t.Turn.Answer ?? string.Empty));
        return scorer.Analyze(text).HasResult;
    }

    private bool IsBehavioral(InterviewQuestion question) => scorer.Context(question).IsBehavioral;
}
