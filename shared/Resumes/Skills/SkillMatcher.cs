namespace MockInterview.Resumes.Skills;

/// <summary>
/// Finds skills of a <see cref="SkillTaxonomy"/> in free text: longest form first, token boundaries that respect
/// "C#", "C++", ".NET", "Node.js", multi-word names, and ambiguous short names only with evidence.
/// Immutable and thread-safe.
/// </summary>
public sealed class SkillMatcher
{
    private static readonly Lazy<SkillMatcher> Shared = new(() => new SkillMatcher(SkillTaxonomy.Default));

    // Forms indexed by their first token, longest first so that "Spring Boot" wins over "Spring".
    private readonly Dictionary<string, SkillForm[]> byFirstToken;

    /// <summary>Creates a matcher for the given taxonomy.</summary>
    public SkillMatcher(SkillTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        Taxonomy = taxonomy;
        byFirstToken = taxonomy.Forms
            .GroupBy(f => f.Tokens[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Tokens.Count).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The matcher for <see cref="SkillTaxonomy.Default"/>.</summary>
    public static SkillMatcher Default => Shared.Value;

    /// <summary>The taxonomy this matcher reads with.</summary>
    public SkillTaxonomy Taxonomy { get; }

    /// <summary>Finds every skill mention in the text, in order of appearance; mentions never overlap.</summary>
    /// <param name="text">Plain text (a line, a section or a whole document).</param>
    /// <param name="kind">Whether the text is a skills list (evidence for ambiguous names) or prose.</param>
    public IReadOnlyList<SkillMention> Find(string text, SkillTextKind kind = SkillTextKind.Prose)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = SkillTokenizer.Tokenize(text);
        var confirmed = new List<(int First, int Last, Skill Skill)>();
        var pending = new List<(int First, int Last, SkillForm Form)>();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = MatchAt(text, tokens, i);
            if (match is null)
            {
                i++;
                continue;
            }

            var (form, last) = match.Value;
            if (form.Rule == SkillFormRule.NeedsContext)
            {
                pending.Add((i, last, form));
            }
            else
            {
                confirmed.Add((i, last, form.Skill));
            }

            i = last + 1;
        }

        var accepted = new List<(int First, int Last, Skill Skill)>(confirmed);
        foreach (var (first, last, form) in pending)
        {
            if (SkillEvidence.IsCompoundPart(text, tokens, first, last))
            {
                continue;
            }

            if (kind == SkillTextKind.SkillsList || SkillEvidence.HasEvidence(text, tokens, first, last, form, confirmed))
            {
                accepted.Add((first, last, form.Skill));
            }
        }

        accepted.Sort((a, b) => a.First.CompareTo(b.First));
        var mentions = new List<SkillMention>(accepted.Count);
        foreach (var (first, last, skill) in accepted)
        {
            var start = tokens[first].Start;
            var end = tokens[last].End;
            mentions.Add(new SkillMention(skill, text[start..end], start, end - start));
        }

        return mentions;
    }

    private (SkillForm Form, int Last)? MatchAt(string text, List<TextToken> tokens, int index)
    {
        if (!byFirstToken.TryGetValue(tokens[index].Value, out var candidates))
        {
            return null;
        }

        foreach (var form in candidates)
        {
            var count = form.Tokens.Count;
            if (index + count > tokens.Count || !SameTokens(text, tokens, index, form))
            {
                continue;
            }

            return (form, index + count - 1);
        }

        return null;
    }

    private static bool SameTokens(string text, List<TextToken> tokens, int index, SkillForm form)
    {
        for (var k = 0; k < form.Tokens.Count; k++)
        {
            var token = tokens[index + k];
            if (token.Value != form.Tokens[k])
            {
                return false;
            }

            if (k > 0 && !SkillTokenizer.IsPhraseGap(text, tokens[index + k - 1].End, token.Start))
            {
                return false;
            }

            if (form.Rule != SkillFormRule.AnyCase && !SameCase(text.AsSpan(token.Start, token.Length), form.OriginalTokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    // A form written in lower case in the taxonomy ("pandas") also matches "Pandas" at a sentence start.
    private static bool SameCase(ReadOnlySpan<char> written, string expected)
    {
        if (written.SequenceEqual(expected))
        {
            return true;
        }

        var lowerForm = expected.All(c => !char.IsUpper(c));
        return lowerForm && char.IsUpper(written[0]) && written[1..].SequenceEqual(expected.AsSpan(1));
    }
}
