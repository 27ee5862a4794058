using MockInterview.Interviewing.Analysis;

namespace MockInterview.Interviewing.Scoring;

/// <summary>Outlines a stronger answer from the question's rubric: the points the answer missed come first, then
/// for a story the STAR parts it lacked, so the candidate sees exactly what to add.</summary>
internal static class StrongerAnswerWriter
{
    private const int MaxPoints = 6;

    public static IReadOnlyList<string> Outline(AnswerFeatures f, QuestionContext q, DimensionScores dims)
    {
        var outline = new List<string>();
        if (q.IsBehavioral)
        {
            if (!f.HasSituation)
            {
                outline.Add("Open with one real situation: where you were, when, and what was at stake.");
            }

            if (f.OwnActions == 0)
            {
                outline.Add("Say what you did yourself, in the first person (\"I proposed…\", \"I wrote…\").");
            }

            if (!f.HasResult)
            {
                outline.Add("Finish with the result, measured if you can (time saved, customers kept, errors down).");
            }
        }

        outline.AddRange(dims.Missed.Select(p => "Cover: " + p.Text.TrimEnd('.') + "."));
        if (!q.IsBehavioral && f.Examples == 0 && f.Numbers == 0)
        {
            outline.Add("Back it with one example from your own work: the system, the numbers, what you would change.");
        }

        if (q.IsBehavioral && f.Reflection == 0)
        {
            outline.Add("Close with what you learned or would do differently.");
        }

        return outline.Take(MaxPoints).ToList();
    }
}
