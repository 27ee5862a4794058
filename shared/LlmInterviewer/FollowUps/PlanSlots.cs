using MockInterview.Interviewing;

namespace MockInterview.LlmInterviewer.FollowUps;

/// <summary>Which planned questions are still to come. As in the offline brain, a main question asked in place of a
/// planned one (an adaptive swap by the fallback) uses up the next planned slot, so the plan's length holds.</summary>
internal static class PlanSlots
{
    public static List<InterviewQuestion> Remaining(InterviewPlan plan, IReadOnlyList<AnsweredTurn> turns)
    {
        var planned = plan.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var turn in turns.Where(t => !t.Question.IsFollowUp))
        {
            if (planned.Contains(turn.Question.Id))
            {
                used.Add(turn.Question.Id);
            }
            else if (plan.Questions.FirstOrDefault(q => !used.Contains(q.Id)) is { } slot)
            {
                used.Add(slot.Id);
            }
        }

        return plan.Questions.Where(q => !used.Contains(q.Id)).ToList();
    }
}
