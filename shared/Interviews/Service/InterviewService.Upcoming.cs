namespace MockInterview.Interviews;

/// <summary>What the interview is likely to ask next, for work done ahead of need (question audio).</summary>
public sealed partial class InterviewService
{
    /// <summary>The texts of the next <paramref name="count"/> planned main questions not yet asked, in plan order,
    /// followed by the closing question when fewer are left; empty for an unknown or another caller's interview, or
    /// once the question phase is over.</summary>
    /// <remarks>A main question asked in place of a planned one (the brain adapting the level) uses up the first
    /// planned question not yet used, as the brain counts them. Follow-ups are decided from the answers, so they are
    /// never upcoming.</remarks>
    public async Task<IReadOnlyList<string>> UpcomingQuestionsAsync(string owner, string id, int count, CancellationToken cancellationToken)
    {
        var interview = await LoadAsync(owner, id, cancellationToken).ConfigureAwait(false);
        if (count <= 0 || interview is not { Phase: InterviewPhase.Questions })
        {
            return [];
        }

        var turns = await store.GetTurnsAsync(id, cancellationToken).ConfigureAwait(false);
        var asked = turns.Select(t => t.Asked).Append(interview.Current).OfType<AskedQuestion>()
            .Where(a => !a.Question.IsFollowUp)
            .Select(a => a.Question.Id)
            .Distinct(StringComparer.Ordinal);
        var planned = interview.Plan.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var questionId in asked)
        {
            if (planned.Contains(questionId))
            {
                used.Add(questionId);
            }
            else if (interview.Plan.Questions.FirstOrDefault(q => !used.Contains(q.Id)) is { } slot)
            {
                used.Add(slot.Id);
            }
        }

        return interview.Plan.Questions.Where(q => !used.Contains(q.Id)).Select(q => q.Text)
            .Append(AskedQuestion.Closing.Text)
            .Take(count)
            .ToList();
    }
}
