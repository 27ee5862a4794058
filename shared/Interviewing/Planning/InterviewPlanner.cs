using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Planning;

/// <summary>Chooses an interview's main questions from the bank: a per-mode mix, no repeats, spread over
/// subcategories, seeded from the interview id so a re-run activity plans the same interview.</summary>
internal sealed class InterviewPlanner(QuestionBank bank)
{
    /// <summary>Minutes one main question takes with its follow-ups; a 15-minute phase holds about six.</summary>
    public const double MinutesPerMainQuestion = 2.6;

    private static readonly string[][] ScreeningGroups =
    [
        ["motivation"], ["why-company"], ["strengths-weaknesses"], ["career-goals"], ["salary", "availability"], ["background"], ["work-style"],
    ];

    private readonly Dictionary<string, int> _tagFrequency = bank.Questions
        .SelectMany(q => q.Tags.Distinct())
        .GroupBy(t => t, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public static int MainQuestionCount(TimeSpan questionPhase) =>
        Math.Clamp((int)Math.Round(questionPhase.TotalMinutes / MinutesPerMainQuestion, MidpointRounding.AwayFromZero), 1, 15);

    public InterviewPlan Plan(PlanRequest request)
    {
        var count = MainQuestionCount(request.QuestionPhase);
        var candidates = Candidates(request.InterviewId, request.Mode, request.Candidate);

        // A very short interview goes straight to the substance.
        if (count < 3)
        {
            candidates = candidates.Where(c => c.Question.Category != QuestionCategories.Introduction).ToList();
        }

        return new InterviewPlan(request.Mode, candidates.Take(count).Select(c => c.ToInterviewQuestion()).ToList());
    }

    /// <summary>The best question not yet asked, for when the plan is used up and time is left.</summary>
    public PlannedQuestion? Extra(string interviewId, InterviewMode mode, CandidateProfile candidate, IReadOnlySet<string> askedIds) =>
        Candidates(interviewId, mode, candidate)
            .Where(c => c.Question.Category != QuestionCategories.Introduction && !askedIds.Contains(c.Question.Id))
            .Select(c => c with { Rationale = "Time was left after the planned questions. " + c.Rationale })
            .FirstOrDefault();

    /// <summary>Every suitable question for the interview, best first: the plan is a prefix of this list.</summary>
    internal List<PlannedQuestion> Candidates(string interviewId, InterviewMode mode, CandidateProfile candidate)
    {
        var level = RoleProfile.LevelOf(candidate.Seniority, candidate.Role);
        var random = SeededRandom.For(interviewId, "plan:" + mode);
        var intro = Spread(Pool(QuestionCategories.Introduction, level), level, random).Take(1)
            .Select(q => new PlannedQuestion(q, "Opens the interview and lets you set the context."));
        var body = mode switch
        {
            InterviewMode.Screening => Screening(level, random),
            InterviewMode.Behavioral => Behavioral(level, random),
            InterviewMode.Technical => Technical(TrackFor(candidate), level, random),
            _ => new CustomizedSelection(bank, _tagFrequency).Select(candidate, TrackFor(candidate), level, random),
        };
        return intro.Concat(body).DistinctBy(c => c.Question.Id).ToList();
    }

    /// <summary>The role's track; for an unknown role the job description decides, and general backend otherwise.</summary>
    internal string TrackFor(CandidateProfile candidate) =>
        RoleProfile.TrackOf(candidate.Role)
        ?? new CustomizedSelection(bank, _tagFrequency).InferTrack(candidate)
        ?? RoleTracks.Backend;

    private IEnumerable<PlannedQuestion> Screening(string level, SeededRandom random)
    {
        foreach (var group in ScreeningGroups)
        {
            var subcategories = random.Shuffle(group);
            foreach (var sub in subcategories)
            {
                var options = Pool(QuestionCategories.Screening, level).Where(q => q.Subcategory == sub).ToList();
                if (options.Count > 0)
                {
                    yield return new PlannedQuestion(options[random.Next(options.Count)], $"Screening: {Words(sub)}.");
                    break;
                }
            }
        }

        foreach (var q in random.Shuffle(Pool(QuestionCategories.Screening, level)).Concat(random.Shuffle(Pool(QuestionCategories.Closing, level))))
        {
            yield return new PlannedQuestion(q, $"Screening: {Words(q.Subcategory)}.");
        }
    }

    private IEnumerable<PlannedQuestion> Behavioral(string level, SeededRandom random) =>
        Spread(Pool(QuestionCategories.Behavioral, level), level, random)
            .Select(q => new PlannedQuestion(q, $"Behavioral: {Words(q.Subcategory)}, answered best as a real story (situation, action, result)."));

    private IEnumerable<PlannedQuestion> Technical(string track, string level, SeededRandom random)
    {
        var own = Spread(bank.Questions.Where(q => q.Category == QuestionCategories.Technical && q.FitsTrack(track)), level, random)
            .Select(q => new PlannedQuestion(q, $"Technical ({Words(track)}, {Words(q.Subcategory)}) at {level} level."));
        return own.Concat(Behavioral(level, random));
    }

    private List<BankQuestion> Pool(string category, string level) =>
        bank.Questions.Where(q => q.Category == category && QuestionLevels.Distance(q.Level, level) <= 1).ToList();

    /// <summary>Orders questions so that subcategories alternate and the candidate's level comes first; a new
    /// subcategory one level away beats a second question on a subcategory already used.</summary>
    internal static List<BankQuestion> Spread(IEnumerable<BankQuestion> questions, string level, SeededRandom random, Func<BankQuestion, double>? bonus = null)
    {
        var remaining = random.Shuffle(questions);
        var rank = remaining.Select((q, i) => (q, i)).ToDictionary(x => x.q.Id, x => x.i, StringComparer.Ordinal);
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var ordered = new List<BankQuestion>(remaining.Count);
        while (remaining.Count > 0)
        {
            var best = remaining.MinBy(q =>
                (used.GetValueOrDefault(q.Subcategory) * 2.0) + (QuestionLevels.Distance(q.Level, level) * 1.5)
                - (bonus?.Invoke(q) ?? 0) + (rank[q.Id] / (double)(rank.Count + 1)))!;
            ordered.Add(best);
            remaining.Remove(best);
            used[best.Subcategory] = used.GetValueOrDefault(best.Subcategory) + 1;
        }

        return ordered;
    }

    internal static string Words(string id) => id.Replace('-', ' ');
}
