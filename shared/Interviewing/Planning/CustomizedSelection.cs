using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Planning;

/// <summary>Picks questions for a customized interview from the job description and resume keywords.</summary>
internal sealed class CustomizedSelection(QuestionBank bank, IReadOnlyDictionary<string, int> tagFrequency)
{
    // Technical, behavioral, technical, repeated: most of a tailored interview is about the job's skills.
    private static readonly bool[] TechnicalTurn = [true, false, true];

    public IEnumerable<PlannedQuestion> Select(CandidateProfile candidate, string track, string level, SeededRandom random)
    {
        var keywords = new KeywordProfile(candidate.JobDescription, candidate.ResumeText);
        var technical = Ranked(QuestionCategories.Technical, q => q.FitsTrack(track) ? 0.75 : 0, keywords, track, level, random);
        var behavioral = Ranked(QuestionCategories.Behavioral, _ => 0, keywords, track, level, random);
        int t = 0, b = 0;
        for (var turn = 0; t < technical.Count || b < behavioral.Count; turn++)
        {
            var wantTechnical = TechnicalTurn[turn % TechnicalTurn.Length];
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
    public string? InferTrack(CandidateProfile candidate)
    {
        var keywords = new KeywordProfile(candidate.JobDescription, candidate.ResumeText);
        if (keywords.IsEmpty)
        {
            return null;
        }

        var best = RoleTracks.All
            .Select(track => (track, weight: bank.Questions
                .Where(q => q.Category == QuestionCategories.Technical && q.Tracks.Count == 1 && q.Tracks[0] == track)
                .Sum(q => keywords.Match(q, tagFrequency).Sum(m => m.Weight))))
            .MaxBy(x => x.weight);
        return best.weight > 0 ? best.track : null;
    }

    private List<PlannedQuestion> Ranked(
        string category, Func<BankQuestion, double> trackBonus, KeywordProfile keywords, string track, string level, SeededRandom random)
    {
        var pool = bank.Questions.Where(q => q.Category == category).ToList();
        var matches = pool.ToDictionary(q => q.Id, q => keywords.Match(q, tagFrequency), StringComparer.Ordinal);

        // Off-track technical questions are only worth asking when the texts name their skills.
        var eligible = pool.Where(q => category != QuestionCategories.Technical || q.FitsTrack(track) || matches[q.Id].Count > 0);
        var ordered = InterviewPlanner.Spread(eligible, level, random, q => (2 * matches[q.Id].Sum(m => m.Weight)) + trackBonus(q));
        return ordered.Select(q => new PlannedQuestion(q, Rationale(q, matches[q.Id], track))).ToList();
    }

    private static string Rationale(BankQuestion question, List<TagMatch> matches, string track) =>
        matches.Count > 0
            ? matches[0].Rationale(question.Category)
            : question.Category == QuestionCategories.Technical
                ? $"A core {InterviewPlanner.Words(track)} question; nothing more specific matched your job description or resume."
                : $"Behavioral: {InterviewPlanner.Words(question.Subcategory)}; every role needs it.";
}
