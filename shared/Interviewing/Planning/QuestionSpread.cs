using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Planning;

/// <summary>The order in which a plan takes questions from a pool: subcategories alternate, the candidate's level
/// first, skill fit able to outweigh both; the seeded shuffle breaks ties.</summary>
internal static class QuestionSpread
{
    /// <summary>How much the best skill match weighs against a repeated subcategory (2) or a level step (1.5).</summary>
    public const double SkillWeight = 3.0;

    /// <summary>Orders questions so that subcategories alternate and the candidate's level comes first; a new
    /// subcategory one level away beats a second question on a subcategory already used; a <paramref name="bonus"/>
    /// (track fit) and the fit to <paramref name="skills"/> not yet covered can outweigh both. Only the first
    /// <paramref name="limit"/> are ordered.</summary>
    public static List<BankQuestion> Order(
        IEnumerable<BankQuestion> questions, string level, SeededRandom random, Func<BankQuestion, double>? bonus = null, int limit = int.MaxValue,
        SkillRanking? skills = null)
    {
        var remaining = random.Shuffle(questions);
        var count = remaining.Count;
        var baseCost = remaining.Select((q, i) => (QuestionLevels.Distance(q.Level, level) * 1.5) - (bonus?.Invoke(q) ?? 0) + (i / (double)(count + 1))).ToList();
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var taken = new bool[count];
        var ordered = new List<BankQuestion>(Math.Min(count, limit));
        while (ordered.Count < Math.Min(count, limit))
        {
            var best = -1;
            var bestCost = double.MaxValue;
            for (var i = 0; i < count; i++)
            {
                if (taken[i])
                {
                    continue;
                }

                var cost = (used.GetValueOrDefault(remaining[i].Subcategory) * 2.0) + baseCost[i] - (SkillWeight * (skills?.Of(remaining[i], covered) ?? 0));
                if (cost < bestCost)
                {
                    (best, bestCost) = (i, cost);
                }
            }

            var pick = remaining[best];
            taken[best] = true;
            ordered.Add(pick);
            used[pick.Subcategory] = used.GetValueOrDefault(pick.Subcategory) + 1;
            if (skills is not null)
            {
                covered.UnionWith(skills.Matched(pick));
            }
        }

        return ordered;
    }
}
