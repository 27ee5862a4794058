using MockInterview.Interviewing.Bank;
using MockInterview.Resumes.Skills;

namespace MockInterview.Interviewing.Planning;

/// <summary>Which words of the question bank stand for each skill of the taxonomy: "Kubernetes" → kubernetes, k8s,
/// kubectl; "PostgreSQL" → postgres, postgresql. Built once per bank from the tags, in file order, so the map is the same
/// in every process.</summary>
/// <remarks>A skill's forms are groups of search terms, every one of which a question's text or tags must use
/// ("integration testing" needs both words, or "integrate two teams" would count). A tag stands for a skill when the
/// whole tag is one of the skill's written forms ("postgres", "k8s"), or when the taxonomy finds the skill inside it
/// without needing context ("kafka" in "kafka streams", only the skill's own words counting). A skill the tags never
/// name falls back to its written forms whose words the bank uses as tag words and sparingly.</remarks>
internal sealed class SkillTagMap
{
    /// <summary>A term on more than this share of the questions is too common to stand for one skill on its own.</summary>
    public const double MaxTermShare = 0.05;

    private static readonly IReadOnlyList<IReadOnlyList<string>> NoGroups = [];

    private readonly QuestionIndex _index;
    private readonly SkillTaxonomy _taxonomy;
    private readonly Dictionary<string, List<IReadOnlyList<string>>> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _tagTerms;

    public SkillTagMap(QuestionBank bank, SkillMatcher matcher)
    {
        _index = bank.Index;
        _taxonomy = matcher.Taxonomy;
        _tagTerms = bank.Questions.ToDictionary(q => q.Id, q => q.Tags.SelectMany(SearchTerms.Of).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var tag in bank.Questions.SelectMany(q => q.Tags).Distinct(StringComparer.Ordinal))
        {
            if (_taxonomy.Find(tag) is { } whole)
            {
                Add(whole.Name, SearchTerms.Of(tag));
                continue;
            }

            // A broad practice inside a longer tag is usually another topic: "backend" in "backend for frontend".
            foreach (var mention in matcher.Find(tag).Where(m => !IsBroad(m.Skill.Category)))
            {
                Add(mention.Skill.Name, SearchTerms.Of(mention.MatchedText));
            }
        }
    }

    /// <summary>The skill's forms as groups of the bank's search terms (each group all needed); empty when the bank has
    /// no question on it.</summary>
    public IReadOnlyList<IReadOnlyList<string>> GroupsOf(string skillName)
    {
        if (_groups.TryGetValue(skillName, out var groups))
        {
            return groups;
        }

        // Not among the tags: the skill's own forms, where every word is one the bank uses as a skill. Not for broad
        // practices, whose forms are common words ("backend" would stand for "backend development").
        var skill = _taxonomy.Get(skillName);
        if (skill is null || IsBroad(skill.Category))
        {
            return NoGroups;
        }

        var fallback = skill.Aliases.Prepend(skill.Name)
            .Select(f => SearchTerms.Of(f).Distinct(StringComparer.Ordinal).ToList())
            .Where(t => t.Count > 0 && t.All(IsTelling))
            .DistinctBy(t => string.Join(' ', t), StringComparer.Ordinal)
            .Select(t => (IReadOnlyList<string>)t)
            .ToList();
        return fallback.Count == 0 ? NoGroups : fallback;
    }

    /// <summary>The search terms of a question's tags: a skill named there is what the question is about, not an aside.</summary>
    public IReadOnlySet<string> TagTermsOf(BankQuestion question) =>
        _tagTerms.TryGetValue(question.Id, out var terms) ? terms : [];

    /// <summary>Practices, methods and product skills ("Backend Development", "Database Design"), as opposed to named
    /// technologies ("PostgreSQL").</summary>
    public static bool IsBroad(SkillCategory category) => category is SkillCategory.Methodology or SkillCategory.DesignProduct;

    /// <summary>True when a term is rare enough in the bank, and used as a tag, to point at a skill by itself.</summary>
    public bool IsTelling(string term)
    {
        var df = _index.Statistics.DocumentFrequency(term);
        return df > 0 && df <= Math.Max(3, MaxTermShare * _index.Count) && _index.Statistics.TagFrequency(term) > 0;
    }

    private void Add(string skill, List<string> terms)
    {
        // One telling word makes the group specific ("integration testing"); "data" and "model" alone say nothing.
        var group = terms.Distinct(StringComparer.Ordinal).ToList();
        if (group.Count == 0 || !group.Any(IsTelling))
        {
            return;
        }

        if (!_groups.TryGetValue(skill, out var groups))
        {
            _groups[skill] = groups = [];
        }

        if (!groups.Any(g => g.SequenceEqual(group, StringComparer.Ordinal)))
        {
            groups.Add(group);
        }
    }
}
