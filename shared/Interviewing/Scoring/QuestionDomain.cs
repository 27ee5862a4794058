using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Scoring;

/// <summary>The vocabulary of a question's subject, weighted: its own words and the words of the bank questions
/// nearest it. An answer that explains a p-value with "probability", "chance" and "sample size" uses this vocabulary
/// even when it repeats none of the question's own words.</summary>
/// <remarks>A neighbour's stem weighs its idf (rare words say more) times its support to the power 0.75: the share of
/// the neighbours, weighted by how near they are, that use it. Stems too common in the bank to tell one subject from
/// another are left out.</remarks>
internal sealed class QuestionDomain
{
    /// <summary>Nearest bank questions consulted for a question.</summary>
    public const int Neighbours = 5;

    /// <summary>A neighbour must score at least this share of the best one to lend its words.</summary>
    public const double WithinOfBest = 0.5;

    /// <summary>The weight of a question's own word when no bank is at hand to say how telling it is.</summary>
    private const double PlainWeight = 3;

    private QuestionDomain(IReadOnlyDictionary<string, double> weights, IReadOnlyDictionary<string, double> topicWeights,
        IReadOnlySet<string> subcategories, IReadOnlySet<string> questionIds)
    {
        Weights = weights;
        TopicWeights = topicWeights;
        Subcategories = subcategories;
        QuestionIds = questionIds;
    }

    /// <summary>Stem → weight over the question's words and its neighbours' words.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; }

    /// <summary>The question's own stems (text and tags) with their idf: what a direct answer repeats.</summary>
    public IReadOnlyDictionary<string, double> TopicWeights { get; }

    /// <summary>Subcategories of the question and of the bank questions near it: where an answer "about this" lands.</summary>
    public IReadOnlySet<string> Subcategories { get; }

    /// <summary>The bank questions whose words make up the domain.</summary>
    public IReadOnlySet<string> QuestionIds { get; }

    /// <summary>Sum of the weights of the domain stems <paramref name="answerStems"/> uses.</summary>
    public double Mass(IReadOnlySet<string> answerStems)
    {
        var mass = 0.0;
        foreach (var stem in answerStems)
        {
            mass += Weights.GetValueOrDefault(stem);
        }

        return mass;
    }

    /// <summary>Share (0–1) of the question's own idf weight that <paramref name="answerStems"/> repeats.</summary>
    public double TopicShare(IReadOnlySet<string> answerStems)
    {
        double total = 0, matched = 0;
        foreach (var (stem, weight) in TopicWeights)
        {
            total += weight;
            matched += answerStems.Contains(stem) ? weight : 0;
        }

        return total <= 0 ? 0 : matched / total;
    }

    /// <summary>A domain of the question's own words only, each weighing the same (no bank to expand from).</summary>
    public static QuestionDomain Plain(IReadOnlySet<string> topicStems, IReadOnlySet<string> domainStems)
    {
        var topic = topicStems.ToDictionary(s => s, _ => PlainWeight, StringComparer.Ordinal);
        var weights = new Dictionary<string, double>(topic, StringComparer.Ordinal);
        foreach (var stem in domainStems)
        {
            weights.TryAdd(stem, PlainWeight / 2);
        }

        return new QuestionDomain(weights, topic, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
    }

    /// <param name="related">The bank's related-question index.</param>
    /// <param name="topicStems">The question's own stems (its text, and the tags of its bank entry).</param>
    /// <param name="rubricStems">Stems of the rubric the answer is judged against.</param>
    /// <param name="bankQuestion">The bank entry behind the question: it is its own nearest neighbour, and only
    /// neighbours of its subcategory lend words (a conflict question does not borrow from hiring questions).</param>
    /// <param name="category">The question's category: a typed-in question borrows only from questions of it.</param>
    public static QuestionDomain Expand(RelatedQuestions related, IReadOnlySet<string> topicStems, IReadOnlySet<string> rubricStems,
        BankQuestion? bankQuestion, string category)
    {
        var members = new List<(BankQuestion Question, double Nearness)>();
        var subcategories = new HashSet<string>(StringComparer.Ordinal);
        if (bankQuestion is not null)
        {
            var near = related.Nearest(related.Document(bankQuestion).Concat(topicStems), Neighbours + 1);
            var best = near.Count > 0 ? near[0].Score : 1;
            members.Add((bankQuestion, 1));
            subcategories.Add(bankQuestion.Subcategory);
            foreach (var hit in near.Where(h => h.Question.Id != bankQuestion.Id))
            {
                if (hit.Question.Subcategory == bankQuestion.Subcategory)
                {
                    members.Add((hit.Question, hit.Score / best));
                }

                if (hit.Score >= best * WithinOfBest)
                {
                    subcategories.Add(hit.Question.Subcategory);
                }
            }
        }
        else
        {
            var known = QuestionCategories.All.Contains(category, StringComparer.Ordinal) ? category : null;
            var near = related.Nearest(topicStems, Neighbours, WithinOfBest, known);
            foreach (var hit in near)
            {
                members.Add((hit.Question, hit.Score / near[0].Score));
                subcategories.Add(hit.Question.Subcategory);
            }
        }

        var support = new Dictionary<string, double>(StringComparer.Ordinal);
        var totalNearness = members.Sum(m => m.Nearness);
        foreach (var (question, nearness) in members)
        {
            foreach (var stem in related.Document(question).Where(related.IsTelling))
            {
                support[stem] = support.GetValueOrDefault(stem) + (nearness / totalNearness);
            }
        }

        // Support to the power 0.75 keeps a word that one neighbour in five uses at about 0.3 of its weight.
        var weights = support.ToDictionary(kv => kv.Key, kv => related.Idf(kv.Key) * Math.Pow(kv.Value, 0.75), StringComparer.Ordinal);
        var topic = new Dictionary<string, double>(StringComparer.Ordinal);

        // A word the bank never uses ("internationalisation" typed in by hand) is as telling as the rarest.
        var rare = Math.Log(related.Count + 1.0);
        foreach (var stem in topicStems.Concat(rubricStems))
        {
            var unknown = related.Idf(stem) == 0;
            var idf = unknown ? rare : related.Idf(stem);
            if (topicStems.Contains(stem))
            {
                topic[stem] = idf;
            }

            // An own word the neighbours also use is the subject; one they do not ("people" in "…for people on slow
            // phones") is incidental and counts half.
            var share = unknown ? 1 : 0.5 + (0.5 * Math.Min(1, support.GetValueOrDefault(stem)));
            if (unknown || related.IsTelling(stem))
            {
                weights[stem] = Math.Max(weights.GetValueOrDefault(stem), (topicStems.Contains(stem) ? idf : idf * 0.75) * share);
            }
        }

        return new QuestionDomain(weights, topic, subcategories, members.Select(m => m.Question.Id).ToHashSet(StringComparer.Ordinal));
    }
}
