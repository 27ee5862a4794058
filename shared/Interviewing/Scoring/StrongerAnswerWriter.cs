using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.FollowUps;

namespace MockInterview.Interviewing.Scoring;

/// <summary>Outlines a stronger answer in the order a good answer goes, listing only what this answer lacked: for a
/// story the STAR frame (situation, task, own actions with the missed rubric points, measured result, lesson); for
/// other questions a direct opening, the missed rubric points phrased as what to say, one real example and the
/// trade-off.</summary>
internal static class StrongerAnswerWriter
{
    private const int MaxPoints = 7;

    private const string SituationLine = "Situation: open with one real situation from your work: where you were, when, and what was at stake.";

    private const string ResultLine = "Result: finish with the outcome, measured if you can (time saved, customers kept, errors down).";

    public static IReadOnlyList<string> Outline(AnswerFeatures f, QuestionContext q, DimensionScores dims) =>
        (q.IsBehavioral ? Story(f, dims) : Explanation(f, q, dims)).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Take(MaxPoints).ToList();

    /// <summary>Every rubric point as something to say, for an answer that said nothing.</summary>
    public static IReadOnlyList<string> Full(QuestionContext q)
    {
        var outline = new List<string>();
        if (q.IsBehavioral)
        {
            outline.Add(SituationLine);
            outline.Add("Action: say what you did yourself, step by step, in the first person (\"I proposed…\", \"I wrote…\").");
        }

        outline.AddRange(q.Rubric.Where(p => !q.IsBehavioral || p.Cue == RubricCue.None).Select(p => RubricPhrasing.Instruction(p.Text)));
        if (q.IsBehavioral)
        {
            outline.Add(ResultLine);
        }
        else
        {
            outline.Add("Back it with one example from your own work: the system or situation, the numbers, what you would change.");
        }

        return outline.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Take(MaxPoints).ToList();
    }

    private static IEnumerable<string> Story(AnswerFeatures f, DimensionScores dims)
    {
        if (!f.HasSituation)
        {
            yield return SituationLine;
        }

        if (!f.HasTask)
        {
            yield return "Task: say what you were responsible for, or what had to be achieved and by when.";
        }

        if (f.OwnActions == 0)
        {
            yield return "Action: say what you did yourself, step by step, in the first person (\"I proposed…\", \"I wrote…\"), and why.";
        }

        // Story-element points (outcome, own actions, lesson) are the STAR lines themselves; topic points belong to the action.
        foreach (var point in dims.Missed.Where(p => p.Cue == RubricCue.None))
        {
            yield return "Action: " + Lower(RubricPhrasing.Instruction(point.Text));
        }

        if (!f.HasResult)
        {
            yield return ResultLine;
        }
        else if (f.Numbers == 0)
        {
            yield return "Result: put a number on the outcome: how much faster, how many people or customers, what it saved.";
        }

        if (f.Reflection == 0)
        {
            yield return "Close with what you learned or would do differently next time.";
        }
    }

    private static IEnumerable<string> Explanation(AnswerFeatures f, QuestionContext q, DimensionScores dims)
    {
        // A long answer that never states its point, or one without any organisation, loses the listener first.
        if ((f.Sentences.Count <= 1 && f.WordCount > 60) || (q.IsTechnical && f.Signposts == 0 && dims.Structure < 5))
        {
            yield return "Open with a one-sentence direct answer, then give the details in order (\"first… then… finally…\").";
        }

        foreach (var point in dims.Missed)
        {
            yield return RubricPhrasing.Instruction(point.Text);
        }

        if (f.Examples == 0 && f.Numbers == 0)
        {
            yield return q.IsTechnical
                ? "Back it with one example from your own work: the system, the numbers (sizes, latencies, error rates), what you would change."
                : "Back it with one real example from your own experience, with a number or a named result.";
        }

        if (q.IsTechnical && f.Reasoning == 0)
        {
            yield return "Name the trade-off: what your approach costs, and when you would choose differently.";
        }
    }

    private static string Lower(string text) => text.Length > 1 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
