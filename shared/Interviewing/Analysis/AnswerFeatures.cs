namespace MockInterview.Interviewing.Analysis;

/// <summary>What the scorer and the follow-up rules measure in one answer; computed once per answer.</summary>
internal sealed class AnswerFeatures
{
    public required string Text { get; init; }
    public required IReadOnlyList<WordToken> Words { get; init; }
    public required IReadOnlyList<Range> Sentences { get; init; }
    public required IReadOnlySet<string> ContentStems { get; init; }

    public int WordCount => Words.Count;
    public bool IsEmpty => Words.Count == 0;

    /// <summary>Share of function words ("the", "and", "I"): about 0.4 in sentences, near 0 in word lists.</summary>
    public double FunctionRatio { get; init; }

    /// <summary>Share of words that are English or bank vocabulary (or numbers).</summary>
    public double KnownRatio { get; init; }

    /// <summary>Share of words shaped unlike any language word (no vowel, long consonant runs, "aaaa").</summary>
    public double BadShapeRatio { get; init; }

    /// <summary>Distinct words / words: low for "test test test".</summary>
    public double DistinctRatio { get; init; }

    /// <summary>Share of words that are skills or tools the bank knows.</summary>
    public double TechRatio { get; init; }

    public double BuzzwordRatio { get; init; }

    /// <summary>Distinct words about work (team, project, customer, deadline): a story from working life.</summary>
    public int WorkWords { get; init; }

    /// <summary>Comma/semicolon/line-separated pieces of at most three words: a bare list when most pieces are.</summary>
    public int ListPieces { get; init; }
    public double ShortPieceShare { get; init; }

    public int Numbers { get; init; }
    public int NamedThings { get; init; }
    public int Outcomes { get; init; }
    public int Reasoning { get; init; }
    public int Reflection { get; init; }
    public int Signposts { get; init; }
    public int Examples { get; init; }
    public int Hedges { get; init; }

    public bool HasSituation { get; init; }
    public bool HasTask { get; init; }
    public int OwnActions { get; init; }
    public int TeamActions { get; init; }
    public bool HasResult { get; init; }

    /// <summary>Sentences after the first that state an outcome without stock phrases ("the team agreed to migrate",
    /// "deploys now take ten minutes", "it has not happened since").</summary>
    public int ResultSentences { get; init; }

    /// <summary>Filler words and phrases found, with counts ("um" ×2, "you know" ×1).</summary>
    public required IReadOnlyDictionary<string, int> Fillers { get; init; }
    public int FillerCount => Fillers.Values.Sum();

    public double AverageSentenceWords => Sentences.Count == 0 ? 0 : WordCount / (double)Sentences.Count;

    /// <summary>Phrases that address the grader instead of the interviewer.</summary>
    public required IReadOnlyList<string> InjectionPhrases { get; init; }
}
