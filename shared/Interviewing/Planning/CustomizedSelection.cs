using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Planning;

/// <summary>Picks questions for a customized interview: first one technical question per target skill (what the job
/// requires, the resume's gaps against it, what it would welcome, the resume's strengths), a deep dive into the resume's
/// strongest project, then technical questions ranked by the texts' skills (also from other tracks when the texts name
/// them), behavioral questions, and one screening question on motivation.</summary>
internal sealed class CustomizedSelection(QuestionBank bank, IReadOnlyDictionary<string, int> tagFrequency)
{
    /// <summary>Where the single screening question goes, when the plan has room for it.</summary>
    public const int ScreeningPosition = 3;

    // Technical, behavioral, technical, repeated: most of a tailored interview is about the job's skills.
    private static readonly bool[] TechnicalTurn = [true, false, true];

    private static readonly string[] ScreeningTopics = ["why-company", "motivation"];

    /// <summary>A question within this share of the best fit for a skill may be picked instead (seeded), for variety.</summary>
    public const double NearBestShare = 0.85;

    /// <summary>The project deep dive comes at this place among the technical questions (after the first).</summary>
    public const int ProjectPosition = 1;

    public IEnumerable<PlannedQuestion> Select(InterviewPlanner planner, PlanContext context, int room)
    {
        var technical = Technical(planner, context, room);
        var project = ProjectDeepDive.For(bank, context.Reading.Resume);
        if (project is not null)
        {
            technical.Insert(Math.Min(ProjectPosition, technical.Count), project);
        }

        // The deep dive borrows its rubric from a bank question; asking that question as well would ask the same story twice.
        var behavioral = planner.BehavioralRanked(context, room).Where(b => b.Question.Id != project?.Question.Id).ToList();
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
        var targeted = Targeted(planner, context, limit);
        var used = targeted.Select(p => p.Question.Id).ToHashSet(StringComparer.Ordinal);

        // Off-track questions are only worth asking when the texts name their skills.
        var eligible = bank.Questions.Where(q => q.Category == QuestionCategories.Technical
            && !used.Contains(q.Id)
            && QuestionLevels.Distance(q.Level, context.Level) <= 1
            && (q.FitsTrack(context.Track) || planner.SkillRationale(context, q) is not null));
        var ordered = QuestionSpread.Order(eligible, context.Level, context.Random,
            q => q.FitsTrack(context.Track) ? 0.75 : 0, limit - targeted.Count, context.Skills);
        targeted.AddRange(ordered.Select(q => new PlannedQuestion(q, planner.SkillRationale(context, q)
            ?? $"A core {InterviewPlanner.Words(context.Track)} question; nothing more specific matched your job description or resume.")));
        return targeted;
    }

    /// <summary>One question per technical target skill, most important first; a question that also asks about a later
    /// target covers it, so the plan spreads over as many of the skills as it has room for.</summary>
    private List<PlannedQuestion> Targeted(InterviewPlanner planner, PlanContext context, int limit)
    {
        var picks = new List<PlannedQuestion>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in context.Targets)
        {
            if (picks.Count >= limit)
            {
                break;
            }

            if (covered.Contains(target.Skill) || BestFor(planner, target, context, used) is not { } pick)
            {
                continue;
            }

            used.Add(pick.Id);
            var topic = bank.Index.Statistics.TopicTerms(pick);
            covered.UnionWith(context.Targets.Where(t => t.IsAbout(topic)).Select(t => t.Skill));
            picks.Add(new PlannedQuestion(pick, target.Rationale()));
        }

        return picks;
    }

    /// <summary>The technical question that asks most directly about the skill near the candidate's level: its tags
    /// name the skill (not only its text), it fits the track and the exact level, and it fits the texts' other skills
    /// best; among the near-best, a seeded choice. A scan of the bank's technical questions, no search: it runs once per
    /// target skill.</summary>
    private BankQuestion? BestFor(InterviewPlanner planner, SkillTarget target, PlanContext context, IReadOnlySet<string> used)
    {
        var options = new List<(BankQuestion Question, double Fit)>();
        foreach (var q in bank.Questions)
        {
            if (q.Category != QuestionCategories.Technical || used.Contains(q.Id) || QuestionLevels.Distance(q.Level, context.Level) > 1
                || !target.IsAbout(bank.Index.Statistics.TopicTerms(q)))
            {
                continue;
            }

            var fit = (target.IsAbout(planner.TagMap.TagTermsOf(q)) ? 2.0 : 1.0)
                * (q.FitsTrack(context.Track) ? 1.0 : 0.8)
                * (QuestionLevels.Distance(q.Level, context.Level) == 0 ? 1.0 : 0.75)
                * (1 + (0.5 * context.Skills.Of(q)));
            options.Add((q, fit));
        }

        if (options.Count == 0)
        {
            return null;
        }

        // Stable: ties keep the bank's order, so the choice depends only on the inputs and the seed.
        options = options.OrderByDescending(o => o.Fit).ToList();
        var near = options.TakeWhile(o => o.Fit >= NearBestShare * options[0].Fit).Take(3).ToList();
        return near[context.Random.Next(near.Count)].Question;
    }

    private static PlannedQuestion? Screening(InterviewPlanner planner, PlanContext context)
    {
        var pool = planner.Pool(QuestionCategories.Screening, context.Level).Where(q => ScreeningTopics.Contains(q.Subcategory)).ToList();
        var pick = QuestionSpread.Order(pool, context.Level, context.Random, limit: 1, skills: context.Skills);
        return pick.Select(q => new PlannedQuestion(q, planner.SkillRationale(context, q)
            ?? $"Screening: {InterviewPlanner.Words(q.Subcategory)}; a tailored interview still checks why you want this job.")).FirstOrDefault();
    }
}
