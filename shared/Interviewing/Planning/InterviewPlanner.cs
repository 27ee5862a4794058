using MockInterview.Interviewing.Bank;
using MockInterview.Resumes.Skills;

namespace MockInterview.Interviewing.Planning;

/// <summary>Chooses an interview's main questions from the bank: a per-mode mix, no repeats, spread over
/// subcategories, ranked by the skills of the job description and resume (read by the Resumes parsers, then searched
/// in the bank), seeded from the interview id so a re-run activity plans the same interview.</summary>
/// <param name="bank">The question bank.</param>
/// <param name="time">The clock that dates "Present" in a resume (to the month), for years of experience.</param>
internal sealed class InterviewPlanner(QuestionBank bank, TimeProvider? time = null)
{
    /// <summary>Minutes one main question takes with its follow-ups; a 15-minute phase holds about six.</summary>
    public const double MinutesPerMainQuestion = 2.6;

    /// <summary>From this many main questions a behavioral interview also asks one motivation question.</summary>
    public const int BehavioralMotivationFrom = 7;

    /// <summary>From this many main questions a screening call ends on a closing question.</summary>
    public const int ScreeningClosingFrom = 4;

    private static readonly string[][] ScreeningGroups =
    [
        ["motivation"], ["why-company"], ["strengths-weaknesses"], ["career-goals"], ["salary", "availability"], ["background"], ["work-style"],
    ];

    private readonly Dictionary<string, int> _tagFrequency = bank.Questions
        .SelectMany(q => q.Tags.Distinct())
        .GroupBy(t => t, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private readonly Lazy<SkillTagMap> _tagMap = new(() => new SkillTagMap(bank, SkillMatcher.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private readonly ReadingCache _readings = new();

    /// <summary>The taxonomy's skills as the bank's search terms (built on first use).</summary>
    internal SkillTagMap TagMap => _tagMap.Value;

    public static int MainQuestionCount(TimeSpan questionPhase) =>
        Math.Clamp((int)Math.Round(questionPhase.TotalMinutes / MinutesPerMainQuestion, MidpointRounding.AwayFromZero), 1, 15);

    public InterviewPlan Plan(PlanRequest request) =>
        new(request.Mode, Compose(request.InterviewId, request.Mode, request.Candidate, MainQuestionCount(request.QuestionPhase))
            .Select(c => c.ToInterviewQuestion()).ToList());

    /// <summary>The best question not yet asked, for when the plan is used up and time is left.</summary>
    public PlannedQuestion? Extra(string interviewId, InterviewMode mode, CandidateProfile candidate, IReadOnlySet<string> askedIds)
    {
        var context = Context(interviewId, mode, candidate);
        return Body(context, room: 15 + askedIds.Count)
            .Where(c => !askedIds.Contains(c.Id))
            .Select(c => c with { Rationale = "Time was left after the planned questions. " + c.Rationale })
            .FirstOrDefault();
    }

    /// <summary>The main questions of an interview of <paramref name="count"/> questions, in the order asked.</summary>
    internal List<PlannedQuestion> Compose(string interviewId, InterviewMode mode, CandidateProfile candidate, int count)
    {
        var context = Context(interviewId, mode, candidate);
        var plan = new List<PlannedQuestion>(count);

        // A very short interview goes straight to the substance.
        if (count >= 3)
        {
            var intro = QuestionSpread.Order(Pool(QuestionCategories.Introduction, context.Level), context.Level, context.Random, limit: 1);
            plan.AddRange(intro.Select(q => new PlannedQuestion(q, "Opens the interview and lets you set the context.")));
        }

        PlannedQuestion? closing = null;
        if (mode == InterviewMode.Screening && count >= ScreeningClosingFrom)
        {
            closing = QuestionSpread.Order(Pool(QuestionCategories.Closing, context.Level), context.Level, context.Random, limit: 1)
                .Select(q => new PlannedQuestion(q, $"Closes the call: {Words(q.Subcategory)}.")).FirstOrDefault();
        }

        var room = count - plan.Count - (closing is null ? 0 : 1);
        plan.AddRange(Body(context, room).DistinctBy(c => c.Id).Where(c => plan.All(p => p.Id != c.Id)).Take(room));
        if (closing is not null)
        {
            plan.Add(closing);
        }

        return plan;
    }

    /// <summary>The role's track; for an unknown role the job's title, then the words of the job description decide,
    /// and general backend otherwise.</summary>
    private string TrackFor(CandidateProfile candidate, CandidateReading reading) =>
        RoleProfile.TrackOf(candidate.Role)
        ?? RoleProfile.TrackOf(reading.Job?.Title)
        ?? new CustomizedSelection(bank, _tagFrequency).InferTrack(new KeywordProfile(candidate.JobDescription, candidate.ResumeText, candidate.Name))
        ?? RoleTracks.Backend;

    /// <summary>What this interview's questions are chosen from: track, level, seeded generator, skill fit and the
    /// skills to aim at (the adaptive swaps use it too).</summary>
    internal PlanContext Context(string interviewId, InterviewMode mode, CandidateProfile candidate)
    {
        var now = _time.GetUtcNow();
        var asOf = new DateOnly(now.Year, now.Month, 1);
        var (reading, targets) = _readings.Get(candidate, asOf, () =>
        {
            var read = CandidateReading.Read(candidate, asOf);
            return (read, SkillTargets.For(read, TagMap, candidate.Name));
        });
        // A text the parsers read skills from is ranked by those skills; its other words ("Present", "Skills", "family")
        // named no skill. A text without any taxonomy skill keeps the bank-tag words it names.
        var unparsed = new KeywordProfile(
            reading.Job is { } job && job.AllSkills.Any() ? null : candidate.JobDescription,
            reading.Resume is { } resume && resume.Skills.Count > 0 ? null : candidate.ResumeText,
            candidate.Name);
        var level = RoleProfile.TryLevelOf(candidate.Seniority, candidate.Role) ?? reading.Level() ?? QuestionLevels.Mid;
        return new PlanContext(
            mode, candidate, TrackFor(candidate, reading), level,
            SeededRandom.For(interviewId, "plan:" + mode), unparsed, SkillRanking.For(bank, RankingTerms(targets), unparsed),
            reading, targets);
    }

    /// <summary>The words that rank the bank for a plan: with a job description, its skills (the job is what the interview
    /// practises for); without one, the skills the resume shows. Only words telling on their own.</summary>
    private IEnumerable<string> RankingTerms(IReadOnlyList<SkillTarget> targets)
    {
        var job = targets.Where(t => t.Need != SkillNeed.ResumeStrength).ToList();
        return (job.Count > 0 ? job : targets).SelectMany(t => t.Terms).Where(TagMap.IsTelling);
    }

    /// <summary>Why a question fits the candidate's texts, or null: the most important skill it asks about ("Asks about
    /// Kubernetes because the job description requires it and your resume shows no evidence of it"), else the words of
    /// the texts it matches ("Chosen because the job description mentions on-call").</summary>
    internal string? SkillRationale(PlanContext context, BankQuestion question)
    {
        if (TargetOf(context, question) is { } target)
        {
            return target.Rationale();
        }

        if (context.Skills.Of(question) <= 0)
        {
            return null;
        }

        var matches = context.Keywords.Explain(context.Skills.Matched(question), bank.Index);
        return matches.Count > 0 ? TagMatch.Rationale(matches) : null;
    }

    /// <summary>The most important target skill the question is about (its text or tags name it), or null.</summary>
    internal SkillTarget? TargetOf(PlanContext context, BankQuestion question)
    {
        if (context.Targets.Count == 0)
        {
            return null;
        }

        var topic = bank.Index.Statistics.TopicTerms(question);
        return context.Targets.FirstOrDefault(t => t.IsAbout(topic));
    }

    private IEnumerable<PlannedQuestion> Body(PlanContext context, int room) => context.Mode switch
    {
        InterviewMode.Screening => Screening(context),
        InterviewMode.Behavioral => Behavioral(context, room),
        InterviewMode.Technical => Technical(context, room),
        _ => new CustomizedSelection(bank, _tagFrequency).Select(this, context, room),
    };

    private IEnumerable<PlannedQuestion> Screening(PlanContext context)
    {
        var pool = Pool(QuestionCategories.Screening, context.Level);
        foreach (var group in ScreeningGroups)
        {
            foreach (var sub in context.Random.Shuffle(group))
            {
                var options = pool.Where(q => q.Subcategory == sub).ToList();
                if (options.Count > 0)
                {
                    var pick = options.MaxBy(q => context.Skills.Of(q) + (0.5 * context.Random.Next(1000) / 1000.0))!;
                    yield return new PlannedQuestion(pick, SkillRationale(context, pick) ?? $"Screening: {Words(sub)}.");
                    break;
                }
            }
        }

        foreach (var q in QuestionSpread.Order(pool, context.Level, context.Random, skills: context.Skills))
        {
            yield return new PlannedQuestion(q, SkillRationale(context, q) ?? $"Screening: {Words(q.Subcategory)}.");
        }
    }

    private IEnumerable<PlannedQuestion> Behavioral(PlanContext context, int room)
    {
        if (room + 1 >= BehavioralMotivationFrom)
        {
            var motivation = QuestionSpread.Order(Pool(QuestionCategories.Screening, context.Level).Where(q => q.Subcategory == "motivation"), context.Level, context.Random, limit: 1);
            foreach (var q in motivation)
            {
                yield return new PlannedQuestion(q, "Screening: motivation; what drives you frames the stories that follow.");
            }
        }

        foreach (var planned in BehavioralRanked(context, room))
        {
            yield return planned;
        }
    }

    internal IEnumerable<PlannedQuestion> BehavioralRanked(PlanContext context, int limit) =>
        QuestionSpread.Order(Pool(QuestionCategories.Behavioral, context.Level), context.Level, context.Random, limit: limit, skills: context.Skills)
            .Select(q => new PlannedQuestion(q, SkillRationale(context, q)
                ?? $"Behavioral: {Words(q.Subcategory)}, answered best as a real story (situation, action, result)."));

    // Mostly the track's questions at the level; one behavioral question before the last technical one.
    private IEnumerable<PlannedQuestion> Technical(PlanContext context, int room)
    {
        var technical = QuestionSpread.Order(
                bank.Questions.Where(q => q.Category == QuestionCategories.Technical && q.FitsTrack(context.Track) && QuestionLevels.Distance(q.Level, context.Level) <= 1),
                context.Level, context.Random, limit: room, skills: context.Skills)
            .Select(q => new PlannedQuestion(q, SkillRationale(context, q)
                ?? $"A core {Words(context.Track)} question on {Words(q.Subcategory)} at {context.Level} level."));
        var behavioralAt = room >= 3 ? room - 2 : int.MaxValue;
        var i = 0;
        foreach (var planned in technical)
        {
            if (i++ == behavioralAt)
            {
                foreach (var b in BehavioralRanked(context, 1))
                {
                    yield return b with { Rationale = b.Rationale + " One behavioral question shows how you work with others." };
                }
            }

            yield return planned;
        }

        foreach (var b in BehavioralRanked(context, 1))
        {
            yield return b;
        }
    }

    internal List<BankQuestion> Pool(string category, string level) =>
        bank.Questions.Where(q => q.Category == category && QuestionLevels.Distance(q.Level, level) <= 1).ToList();

    internal static string Words(string id) => id.Replace('-', ' ');
}
