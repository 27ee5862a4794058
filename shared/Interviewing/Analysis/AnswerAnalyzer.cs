using System.Text.RegularExpressions;

namespace MockInterview.Interviewing.Analysis;

/// <summary>Measures an answer's text once; scoring, flags and follow-up rules all read the result.</summary>
internal static class AnswerAnalyzer
{
    private static readonly HashSet<string> Buzzwords = new[]
    {
        "synergy", "leverage", "scalable", "scalability", "agile", "innovative", "innovation", "passionate", "robust",
        "paradigm", "disruptive", "holistic", "proactive", "dynamic", "cutting", "edge", "world-class", "seamless",
        "blockchain", "ai", "ml", "devops", "microservices", "cloud", "native", "big", "best", "practices", "optimize",
        "optimization", "enterprise", "solutions", "stakeholder", "stakeholders", "empower", "mindset", "rockstar",
    }.Select(WordStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Work = new[]
    {
        "project", "team", "manager", "client", "customer", "colleague", "deadline", "release", "company", "job", "role",
        "stakeholder", "product", "code", "feature", "meeting", "user", "task", "deliver", "work", "delegate", "report",
        "engineer", "developer", "designer", "sprint", "launch", "service", "system", "data", "business", "boss", "office",
        "contract", "integration", "bug", "estimate", "deploy", "review", "feedback", "process", "support", "sales",
    }.Select(WordStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <param name="text">The answer.</param>
    /// <param name="vocabulary">Stems counted as real words besides everyday English (the bank's vocabulary).</param>
    /// <param name="techStems">Stems of skills and tools (the bank's tags).</param>
    public static AnswerFeatures Analyze(string text, IReadOnlySet<string> vocabulary, IReadOnlySet<string> techStems)
    {
        text ??= string.Empty;
        var words = TextTokens.Tokenize(text);
        var sentences = SplitSentences(text);
        int function = 0, known = 0, badShape = 0, tech = 0, buzz = 0;
        var named = new HashSet<string>(StringComparer.Ordinal);
        var sentenceStarts = sentences.Select(s => s.Start.Value).ToHashSet();
        var concepts = ConceptMap.Embedded;
        foreach (var word in words)
        {
            var isFunction = Stopwords.IsFunction(word.Lower);
            function += isFunction ? 1 : 0;
            var isNumber = char.IsDigit(word.Lower[0]);
            known += isFunction || isNumber || CommonWords.Contains(word.Stem) || vocabulary.Contains(word.Stem) ? 1 : 0;
            // An acronym written in capitals ("DNS", "TCP") has no vowels but is a real word.
            badShape += !isNumber && !IsAcronym(text, word) && HasBadShape(word.Lower) ? 1 : 0;
            buzz += Buzzwords.Contains(word.Stem) ? 1 : 0;
            if (!isFunction && (techStems.Contains(word.Stem) || techStems.Contains(concepts.Canonical(word.Stem))))
            {
                tech++;
                named.Add(word.Stem);
            }
            else if (char.IsUpper(text[word.Start]) && word.Lower != "i" && !isFunction && !sentenceStarts.Contains(word.Start))
            {
                // A capitalised word inside a sentence is usually a product, company or tool name.
                named.Add(word.Stem);
            }
        }

        var (pieces, shortShare) = ListShape(text);
        var n = Math.Max(1, words.Count);
        var resultSentences = ResultSentences(text, sentences);
        return new AnswerFeatures
        {
            Text = text,
            Words = words,
            Sentences = sentences,
            ContentStems = TextTokens.ContentStems(words),
            FunctionRatio = function / (double)n,
            KnownRatio = known / (double)n,
            BadShapeRatio = badShape / (double)n,
            DistinctRatio = words.Select(w => w.Lower).Distinct(StringComparer.Ordinal).Count() / (double)n,
            TechRatio = tech / (double)n,
            WorkWords = words.Select(w => w.Stem).Where(Work.Contains).Distinct(StringComparer.Ordinal).Count(),
            BuzzwordRatio = buzz / (double)n,
            ListPieces = pieces,
            ShortPieceShare = shortShare,
            Numbers = AnswerPatterns.Number().Count(text),
            NamedThings = named.Count,
            Outcomes = AnswerPatterns.Outcome().Count(text),
            Reasoning = AnswerPatterns.Reasoning().Count(text),
            Reflection = AnswerPatterns.Reflection().Count(text),
            Signposts = AnswerPatterns.Signpost().Count(text),
            Examples = AnswerPatterns.Example().Count(text),
            Hedges = AnswerPatterns.Hedge().Count(text),
            HasSituation = AnswerPatterns.Situation().IsMatch(text),
            HasTask = AnswerPatterns.Task().IsMatch(text),
            OwnActions = AnswerPatterns.OwnAction().Count(text),
            TeamActions = AnswerPatterns.TeamAction().Count(text),
            ResultSentences = resultSentences,
            HasResult = resultSentences > 0 || AnswerPatterns.Result().IsMatch(text),
            Fillers = Fillers(text),
            InjectionPhrases = InjectionDetector.Find(text),
        };
    }

    /// <summary>Sentences after the opening one that state an outcome in words of their own (see
    /// <see cref="AnswerPatterns.OutcomeSentence"/>): the opening sentence sets the scene, so a figure there is the
    /// starting point, not the result.</summary>
    private static int ResultSentences(string text, List<Range> sentences)
    {
        var count = 0;
        for (var i = 1; i < sentences.Count; i++)
        {
            var (start, length) = sentences[i].GetOffsetAndLength(text.Length);
            count += AnswerPatterns.OutcomeSentence().IsMatch(text.AsSpan(start, length)) ? 1 : 0;
        }

        return count;
    }

    private static List<Range> SplitSentences(string text)
    {
        var spans = new List<Range>();
        var start = 0;
        foreach (Match boundary in AnswerPatterns.SentenceBoundary().Matches(text))
        {
            AddSentence(text, start, boundary.Index, spans);
            start = boundary.Index + boundary.Length;
        }

        AddSentence(text, start, text.Length, spans);
        return spans;
    }

    private static void AddSentence(string text, int start, int end, List<Range> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start && text.AsSpan(start, end - start).ContainsAnyExcept(" \t.,;:!?-"))
        {
            spans.Add(start..end);
        }
    }

    private static bool IsAcronym(string text, WordToken word) =>
        word.Length is >= 2 and <= 6 && text.AsSpan(word.Start, word.Length).ContainsAnyExceptInRange('A', 'Z') is false;

    private static bool HasBadShape(string word)
    {
        if (word.Length < 3 || !word.All(char.IsLetter))
        {
            return false;
        }

        int vowels = 0, consonantRun = 0, maxConsonantRun = 0, sameRun = 1;
        for (var i = 0; i < word.Length; i++)
        {
            var isVowel = word[i] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            vowels += isVowel ? 1 : 0;
            consonantRun = isVowel ? 0 : consonantRun + 1;
            maxConsonantRun = Math.Max(maxConsonantRun, consonantRun);
            sameRun = i > 0 && word[i] == word[i - 1] ? sameRun + 1 : 1;
            if (sameRun >= 3)
            {
                return true;
            }
        }

        return vowels == 0 || maxConsonantRun >= 5 || word.Length > 22 || (word.Length >= 6 && vowels / (double)word.Length < 0.18);
    }

    private static (int Pieces, double ShortShare) ListShape(string text)
    {
        var pieces = AnswerPatterns.ListSeparator().Split(text)
            .Select(CountWords)
            .Where(c => c > 0)
            .ToList();
        return pieces.Count < 2 ? (pieces.Count, 0) : (pieces.Count, pieces.Count(c => c <= 3) / (double)pieces.Count);
    }

    private static int CountWords(string piece)
    {
        var count = 0;
        for (var i = 0; i < piece.Length; i++)
        {
            if (char.IsLetterOrDigit(piece[i]) && (i == 0 || !char.IsLetterOrDigit(piece[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Filler words and phrases in <paramref name="text"/> ("um" and "umm" count as one), with counts; spoken
    /// answers are measured with the same lexicon.</summary>
    public static Dictionary<string, int> Fillers(string text)
    {
        var fillers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in AnswerPatterns.Filler().Matches(text))
        {
            var key = match.Value.Trim(' ', ',').ToLowerInvariant();
            key = key.StartsWith("um", StringComparison.Ordinal) ? "um" : key.StartsWith("uh", StringComparison.Ordinal) ? "uh" : key;
            fillers[key] = fillers.GetValueOrDefault(key) + 1;
        }

        return fillers;
    }
}
