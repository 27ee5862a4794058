namespace MockInterview.Interviewing.Planning;

/// <summary>Which planned questions are still to come. A main question asked in place of a planned one (an adaptive
/// swap, or another brain's question) uses up the next planned slot, so the plan's length holds.</summary>
internal static class PlanProgress
{
    public static List<InterviewQuestion> Remaining(InterviewPlan plan, IReadOnlyList<AnsweredTurn> turns)
    {
        var planned = plan.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var turn in turns)
        {
            if (turn.Question.IsFollowUp)
            {
                continue;
            }

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
