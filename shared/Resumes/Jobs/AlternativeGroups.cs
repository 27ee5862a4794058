using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Jobs;

/// <summary>
/// Finds skills a job description offers as alternatives: a run of mentions joined by commas and "or"
/// ("Java, Kotlin or Scala", "PostgreSQL or SQL Server"). A run joined by commas alone is a list of needs.
/// </summary>
internal static class AlternativeGroups
{
    /// <summary>For each mention, the distinct skill names of its group (just itself when it stands alone).</summary>
    public static List<List<string>> Find(string text, IReadOnlyList<SkillMention> mentions)
    {
        var groups = mentions.Select(m => new List<string> { m.Skill.Name }).ToList();
        var runStart = 0;
        var hasOr = false;
        for (var i = 1; i <= mentions.Count; i++)
        {
            var link = i < mentions.Count ? Link(text, mentions[i - 1], mentions[i]) : Joint.None;
            if (link == Joint.Or)
            {
                hasOr = true;
            }

            if (link != Joint.None)
            {
                continue;
            }

            if (hasOr && i - runStart > 1)
            {
                var names = mentions.Skip(runStart).Take(i - runStart).Select(m => m.Skill.Name).Distinct().ToList();
                for (var k = runStart; k < i; k++)
                {
                    groups[k] = names;
                }
            }

            runStart = i;
            hasOr = false;
        }

        return groups;
    }

    private static Joint Link(string text, SkillMention left, SkillMention right)
    {
        var from = left.Index + left.Length;
        var gap = text[from..right.Index].Trim().ToLowerInvariant();
        return gap switch
        {
            "or" or ", or" or "or a" or "or an" or "or other" => Joint.Or,
            "," => Joint.Comma,
            _ => Joint.None,
        };
    }

    private enum Joint
    {
        None,
        Comma,
        Or,
    }
}
