using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Planning;

/// <summary>The words of a job description and a resume, matched against question tags.</summary>
internal sealed class KeywordProfile
{
    private readonly string _jobDescription;
    private readonly string _resume;
    private readonly HashSet<string> _jobStems;
    private readonly HashSet<string> _resumeStems;

    /// <param name="jobDescription">The job description.</param>
    /// <param name="resume">The resume.</param>
    /// <param name="candidateName">The candidate's name: its words are never skills, even when the bank has them as
    /// tags (a candidate called "Demo" or "Rust" does not make the plan about demos or Rust).</param>
    public KeywordProfile(string? jobDescription, string? resume, string? candidateName = null)
    {
        _jobDescription = jobDescription ?? string.Empty;
        _resume = resume ?? string.Empty;
        _nameTerms = SearchTerms.Of(candidateName ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        _jobStems = TextTokens.ContentStems(_jobDescription);
        _resumeStems = TextTokens.ContentStems(_resume);
        _resumeStems.ExceptWith(TextTokens.ContentStems(candidateName ?? string.Empty));
    }

    private readonly HashSet<string> _nameTerms;

    public bool IsEmpty => _jobStems.Count == 0 && _resumeStems.Count == 0;

    // Job-advert boilerplate that the bank happens to use as tags: "improve" or "hiring" in an advert names no skill.
    private static readonly HashSet<string> Boilerplate = SearchTerms.Of(
        "improve improving hire hiring join joining looking growth opportunity passionate exciting environment benefits candidate ideal " +
        "plus bonus years experience experienced responsible responsibilities requirements ability strong excellent work working")
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>A word used by more than this share of the bank's questions ("services", "team") names no skill.</summary>
    public const double MaxSkillShare = 0.04;

    /// <summary>The search terms for the question index: words of the job description, then the resume, that the
    /// bank knows as skills (a tag word) and that few questions use. Other words ("team", "fast-paced", "benefits")
    /// would only add noise.</summary>
    public List<string> SkillTerms(QuestionBank bank) =>
        bank.Index.Statistics.TagTerms(SearchTerms.Of(_jobDescription).Concat(SearchTerms.Of(_resume)).ToList())
            .Where(t => !_nameTerms.Contains(t) && IsTelling(bank.Index, t))
            .ToList();

    // A skill is a word the bank uses sparingly, and mostly as a tag: "Kafka" and "Terraform" are tags wherever they
    // appear, "improve" and "managers" are mostly prose.
    private static bool IsTelling(QuestionIndex index, string term)
    {
        var df = index.Statistics.DocumentFrequency(term);
        return !Boilerplate.Contains(term) && df <= Math.Max(3, MaxSkillShare * index.Count) && index.Statistics.TagFrequency(term) * 2 >= df;
    }

    /// <summary>Matched search terms as explanations, rarest (most telling) first, the job description before the resume.</summary>
    public List<TagMatch> Explain(IEnumerable<string> terms, QuestionIndex index) =>
        terms
            .Select(t => (term: t, inJob: _jobStems.Contains(t), inResume: _resumeStems.Contains(t)))
            .Where(x => x.inJob || x.inResume)
            .Select(x => new TagMatch(
                Display(x.term, x.inJob ? _jobDescription : _resume), x.inJob, x.inResume,
                ((x.inJob ? 2 : 0) + (x.inResume ? 1 : 0)) / (double)Math.Max(1, index.Statistics.DocumentFrequency(x.term))))
            .OrderByDescending(m => m.Weight)
            .ThenBy(m => m.Tag, StringComparer.Ordinal)
            .ToList();

    /// <summary>How strongly the texts name <paramref name="question"/>'s tags: per tag found, a weight favouring rare
    /// tags (a tag on two questions says more than "communication" on forty) and the job description over the resume.</summary>
    public double TagWeight(BankQuestion question, IReadOnlyDictionary<string, int> tagFrequency)
    {
        var weights = new List<double>();
        foreach (var tag in question.Tags)
        {
            var stems = TextTokens.ContentStems(tag);
            if (stems.Count == 0)
            {
                continue;
            }

            var inJob = stems.All(_jobStems.Contains);
            var inResume = stems.All(_resumeStems.Contains);
            if (inJob || inResume)
            {
                var rarity = 1 / Math.Sqrt(Math.Max(1, tagFrequency.GetValueOrDefault(tag)));
                weights.Add(rarity * ((inJob ? 2 : 0) + (inResume ? 1 : 0)));
            }
        }

        // Summed heaviest first, as before, so that track choices compare the same sums to the last bit.
        return weights.OrderDescending().Sum();
    }

    // A one-word tag is shown as the text writes it ("Kafka", "PostgreSQL"); longer tags as the bank writes them.
    private static string Display(string tag, string text)
    {
        var tagTokens = TextTokens.Tokenize(tag);
        if (tagTokens.Count != 1)
        {
            return tag;
        }

        var found = TextTokens.Tokenize(text).FirstOrDefault(t => t.Stem == tagTokens[0].Stem || t.Stem == tag);
        return found.Length > 0 ? text.Substring(found.Start, found.Length) : tag;
    }
}
