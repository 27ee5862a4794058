using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Planning;

/// <summary>Moves the next main question one level up when the candidate's recent answers are strong, one level down
/// (technical questions only) when they struggle: the planned question is swapped for the best unasked bank question of the same category and
/// track at the new level. Deterministic for the same turns (seeded from the interview id).</summary>
internal sealed class AdaptiveDifficulty(QuestionBank bank, InterviewPlanner planner)
{
    /// <summary>The last this many scored answers decide.</summary>
    public const int RecentAnswers = 3;

    /// <summary>Fewer scored answers than this say too little to change course.</summary>
    public const int MinimumAnswers = 2;

    /// <summary>A mean score at or above this asks a harder question.</summary>
    public const double StrongMean = 7.0;

    /// <summary>A mean score at or below this asks an easier question.</summary>
    public const double WeakMean = 4.0;

    /// <summary>+1 (harder), -1 (easier) or 0 from the recent scored answers. Introductions and closings say little
    /// about level, and a timed-out turn has no answer to judge, so neither counts.</summary>
    public static int Step(IReadOnlyList<AnsweredTurn> turns)
    {
        var scores = turns
            .Where(t => !t.TimedOut && t.Evaluation is not null
                && t.Question.Category is not (QuestionCategories.Introduction or QuestionCategories.Closing))
            .Select(t => t.Evaluation!.Score)
            .TakeLast(RecentAnswers)
            .ToList();
        if (scores.Count < MinimumAnswers)
        {
            return 0;
        }

        var mean = scores.Average();
        return mean >= StrongMean ? 1 : mean <= WeakMean ? -1 : 0;
    }

    /// <summary>The question to ask in place of <paramref name="next"/>, or <paramref name="next"/> itself when the
    /// level stays, the question is not from the bank, or no unasked question fits the new level.</summary>
    public InterviewQuestion Adapt(NextQuestionRequest request, InterviewQuestion next, IReadOnlySet<string> excludedIds)
    {
        // Only technical and behavioral questions have levels that mean harder or easier; a screening question about
        // salary is not "harder" for a senior.
        var planned = bank.Find(next.Id);
        if (planned is null || planned.Category is not (QuestionCategories.Technical or QuestionCategories.Behavioral))
        {
            return next;
        }

        // Behavioral questions only step up (to stories of wider scope). Down is the junior pool of school and
        // internship stories, which tells an experienced candidate nothing; the follow-ups already ask a weak story for
        // what it lacked.
        var step = Step(request.Turns);
        if (step == 0 || (step < 0 && planned.Category == QuestionCategories.Behavioral))
        {
            return next;
        }

        var context = planner.Context(request.InterviewId, request.Mode, request.Candidate);
        var plannedLevel = planned.Level == QuestionLevels.Any ? context.Level : planned.Level;
        var target = QuestionLevels.Step(plannedLevel, step);
        if (target == plannedLevel)
        {
            return next;
        }

        var usedSubcategories = request.Turns
            .Where(t => !t.Question.IsFollowUp)
            .Select(t => bank.Find(t.Question.Id)?.Subcategory)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var random = SeededRandom.For(request.InterviewId, "adapt:" + next.Id + ":" + target);
        var swap = random.Shuffle(bank.Questions.Where(q =>
                q.Category == planned.Category && q.Level == target && !excludedIds.Contains(q.Id) && SharesTrack(q, planned)))
            .OrderBy(q => q.Subcategory == planned.Subcategory ? 0 : usedSubcategories.Contains(q.Subcategory) ? 2 : 1)
            .ThenByDescending(context.Skills.Of)
            .FirstOrDefault();
        if (swap is null)
        {
            return next;
        }

        var why = step > 0
            ? "A harder question: your last answers were strong."
            : "An easier question: your last answers struggled, so this one builds up from firmer ground.";
        return swap.ToInterviewQuestion($"{why} ({InterviewPlanner.Words(swap.Subcategory)}, {target} level)");
    }

    // Technical questions stay on the planned question's track; others have no track or share one.
    private static bool SharesTrack(BankQuestion candidate, BankQuestion planned) =>
        planned.Tracks.Count == 0 || candidate.Tracks.Any(planned.Tracks.Contains);
}
