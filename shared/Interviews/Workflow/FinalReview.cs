using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>Applies the brain's final review (<see cref="IInterviewerBrain.ReviewAsync"/>) to the turns of an interview.</summary>
internal static class FinalReview
{
    /// <summary>The review request: every turn, in order, with the evaluation given during the interview.</summary>
    public static ReviewRequest Request(InterviewRecord interview, IReadOnlyList<TurnRecord> turns) =>
        new(interview.Id, interview.Mode, interview.Candidate, turns.Select(t => (t.LiveEvaluation is null ? t : t with { Evaluation = t.LiveEvaluation }).ToAnsweredTurn()).ToList());

    /// <summary>True when an earlier attempt already stored a review that changed something.</summary>
    public static bool AlreadyApplied(IReadOnlyList<TurnRecord> turns) => turns.Any(t => t.LiveEvaluation is not null);

    /// <summary>The turns with the review applied, and those whose evaluation it changed. <paramref name="reviewed"/> must
    /// hold one entry per turn (checked by the caller). A null entry keeps the live evaluation; an entry for an
    /// unanswered turn is never attached (counted in <paramref name="ignoredUnanswered"/>).</summary>
    public static (IReadOnlyList<TurnRecord> Turns, IReadOnlyList<TurnRecord> Changed) Apply(
        IReadOnlyList<TurnRecord> turns, IReadOnlyList<AnswerEvaluation?> reviewed, out int ignoredUnanswered)
    {
        ignoredUnanswered = 0;
        var result = new List<TurnRecord>(turns.Count);
        var changed = new List<TurnRecord>();
        for (var i = 0; i < turns.Count; i++)
        {
            var turn = turns[i];
            var final = reviewed[i];
            if (turn.Answer is null)
            {
                ignoredUnanswered += final is null ? 0 : 1;
                result.Add(turn);
            }
            else if (final is null || Same(final, turn.Evaluation))
            {
                result.Add(turn);
            }
            else
            {
                var revised = turn with { Evaluation = final, LiveEvaluation = turn.LiveEvaluation ?? turn.Evaluation };
                result.Add(revised);
                changed.Add(revised);
            }
        }

        return (result, changed);
    }

    /// <summary>The review gave back the live evaluation (the offline brain does, as the same instance).</summary>
    private static bool Same(AnswerEvaluation final, AnswerEvaluation? live) =>
        ReferenceEquals(final, live) || live is not null && InterviewJson.Serialize(final) == InterviewJson.Serialize(live);
}
