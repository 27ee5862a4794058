using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Planning;

/// <summary>Picks questions for a customized interview: technical questions on the skills of the job description and
/// resume (ranked by full-text search, also from other tracks when the texts name their skills), behavioral questions,
/// and one screening question on motivation.</summary>
internal sealed class CustomizedSelection(QuestionBank bank, IReadOnlyDictionary<string, int> tagFrequency)
{
    /// <summary>Where the single screening question goes, when the plan has room for it.</summary>
    public const int ScreeningPosition = 3;

    // Technical, behavioral, technical, repeated: most of a tailored interview is about the job's skills.
    private static readonly bool[] TechnicalTurn = [true, false, true];

    private static readonly string[] ScreeningTopics = ["why-company", "motivation"];

    public IEnumerable<PlannedQuestion> Select(InterviewPlanner planner, PlanContext context, int room)
    {
        var technical = Technical(planner, context, room);
        var behavioral = planner.BehavioralRanked(context, room).ToList();
        var screening = room > ScreeningPosition + 1 ? Screening(planner, context) : null;
        int t = 0, b = 0;
        for (var turn = 0; t < technical.Count || b < behavioral.Count; turn++)
        {
            if (screening is not null && turn == ScreeningPosition)
            {
                yield return screening;
                continue;
            }

            var wantTechnical = TechnicalTurn[(screening is not null && turn > ScreeningPosition ? turn - 1 : turn) % TechnicalTurn.Length];
            if ((wantTechnical && t < technical.Count) || b >= behavioral.Count)
            {
                yield return technical[t++];
            }
            else
            {
                yield return behavioral[b++];
            }
        }
    }

    /// <summary>The track whose technical questions' tags the job description and resume mention most, if any.</summary>
    public string? InferTrack(KeywordProfile keywords)
    {
        if (keywords.IsEmpty)
        {
            return null;
        }

        var best = RoleTracks.All
            .Select(track => (track, weight: bank.Questions
                .Where(q => q.Category == QuestionCategories.Technical && q.Tracks.Count == 1 && q.Tracks[0] == track)
                .Sum(q => keywords.TagWeight(q, tagFrequency))))
            .MaxBy(x => x.weight);
        return best.weight > 0 ? best.track : null;
    }

    private List<PlannedQuestion> Technical(InterviewPlanner planner, PlanContext context, int limit)
    {
        // Off-track questions are only worth asking when the texts name their skills.
        var eligible = bank.Questions.Where(q => q.Category == QuestionCategories.Technical
            && QuestionLevels.Distance(q.Level, context.Level) <= 1
            && (q.FitsTrack(context.Track) || planner.SkillRationale(context, q) is not null));
        var ordered = QuestionSpread.Order(eligible, context.Level, context.Random,
            q => q.FitsTrack(context.Track) ? 0.75 : 0, limit, context.Skills);
        return ordered.Select(q => new PlannedQuestion(q, planner.SkillRationale(context, q)
            ?? $"A core {InterviewPlanner.Words(context.Track)} question; nothing more specific matched your job description or resume.")).ToList();
    }

    private static PlannedQuestion? Screening(InterviewPlanner planner, PlanContext context)
    {
        var pool = planner.Pool(QuestionCategories.Screening, context.Level).Where(q => ScreeningTopics.Contains(q.Subcategory)).ToList();
        var pick = QuestionSpread.Order(pool, context.Level, context.Random, limit: 1, skills: context.Skills);
        return pick.Select(q => new PlannedQuestion(q, planner.SkillRationale(context, q)
            ?? $"Screening: {InterviewPlanner.Words(q.Subcategory)}; a tailored interview still checks why you want this job.")).FirstOrDefault();
    }
}
