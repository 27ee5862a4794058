using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Bank;
using MockInterview.Interviewing.Scoring;

namespace MockInterview.Interviewing.FollowUps;

/// <summary>A deeper probe of a technical answer: the most important rubric point the answer (with its follow-ups so far)
/// did not cover, asked about in plain words; the bank question's own follow-up is used when one targets that point.</summary>
/// <param name="Point">The rubric point probed.</param>
/// <param name="Text">What the interviewer says.</param>
/// <param name="Rationale">Why, for the candidate.</param>
internal sealed record RubricProbe(string Point, string Text, string Rationale)
{
    /// <summary>Picks the point to probe: the first missed point in rubric order (bank rubrics list the essentials first),
    /// skipping story elements such as "states the outcome" (the other follow-ups ask for those) and points already probed.</summary>
    public static RubricProbe? For(
        IReadOnlyList<RubricPoint> missed,
        BankQuestion? bankQuestion,
        string questionText,
        IReadOnlySet<string> alreadyProbed,
        IReadOnlySet<string> askedTexts)
    {
        var point = missed.FirstOrDefault(p => p.Cue == RubricCue.None && p.Stems.Count > 0 && !alreadyProbed.Contains(p.Text));
        if (point is null)
        {
            return null;
        }

        var statement = RubricPhrasing.Statement(point.Text);
        var question = BankFollowUpFor(point, bankQuestion, questionText, askedTexts) ?? RubricPhrasing.Question(point.Text);
        var text = $"{statement} {question}";
        if (askedTexts.Contains(text))
        {
            return null;
        }

        var rationale = $"A strong answer to this question covers \"{RubricPhrasing.Clean(point.Text)}\", and yours did not, so the interviewer probes that point.";
        return new RubricProbe(point.Text, text, rationale);
    }

    /// <summary>The bank question's own follow-up that targets <paramref name="point"/>: it shares a content word with the
    /// point that the question itself does not use (so "index" does not match every prompt of an indexing question).</summary>
    public static string? BankFollowUpFor(RubricPoint point, BankQuestion? bankQuestion, string questionText, IReadOnlySet<string> askedTexts)
    {
        if (bankQuestion is null)
        {
            return null;
        }

        var questionStems = TextTokens.ContentStems(questionText);
        questionStems.UnionWith(TextTokens.ContentStems(bankQuestion.Text));
        var distinctive = point.Stems.Where(s => !questionStems.Contains(s)).ToHashSet(StringComparer.Ordinal);
        return bankQuestion.FollowUps
            .Where(f => !askedTexts.Any(a => a.Contains(f, StringComparison.Ordinal)))
            .Select((f, index) => (Text: f, Index: index, Shared: TextTokens.ContentStems(f).Count(distinctive.Contains)))
            .Where(f => f.Shared > 0)
            .OrderByDescending(f => f.Shared)
            .ThenBy(f => f.Index)
            .Select(f => f.Text)
            .FirstOrDefault();
    }
}
