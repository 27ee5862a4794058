namespace MockInterview.Interviewing.Analysis;

/// <summary>Function words (they carry no topic) and the stock words of interview questions.</summary>
internal static class Stopwords
{
    /// <summary>English function words: their share of a text tells sentences from word lists and gibberish.</summary>
    public static IReadOnlySet<string> Function { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "then", "so", "than", "that", "this", "these", "those", "there", "here",
        "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "about", "as", "over", "under", "after",
        "before", "between", "through", "during", "without", "within", "up", "down", "out", "off", "again", "also", "too",
        "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they",
        "them", "their", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "all", "any", "both",
        "each", "few", "more", "most", "other", "some", "such", "no", "not", "nor", "only", "own", "same", "very", "just",
        "is", "am", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did",
        "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "i'm", "i've", "i'd", "i'll",
        "we're", "we've", "it's", "don't", "didn't", "doesn't", "isn't", "wasn't", "weren't", "won't", "can't", "couldn't",
        "that's", "there's", "let's", "because", "while", "until", "since", "though", "although", "whether", "once", "yet",
        "still", "even", "well", "really", "quite", "much", "many", "one", "get", "got", "make", "made", "like", "into",
    };

    // Words every question uses ("tell me about a time...") that say nothing about the topic.
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "tell", "describe", "explain", "walk", "give", "example", "time", "situation", "would", "approach", "handle",
        "think", "know", "thing", "things", "way", "ways", "something", "someone", "anything", "lot", "kind", "sort",
        "say", "said", "talk", "want", "need", "use", "used", "using", "go", "going", "went", "come", "take", "took",
    };

    // Words rubric points are written with ("Describes…", "Shows…") that an answer would never need to say.
    private static readonly HashSet<string> RubricWords = new[]
    {
        "describe", "describes", "explain", "explains", "show", "shows", "state", "states", "mention", "mentions", "name",
        "names", "give", "gives", "clear", "clearly", "concrete", "specific", "real", "their", "they", "them", "candidate",
        "good", "answer", "answers", "cover", "covers", "rather", "without", "uses", "use", "briefly", "one", "two",
    }.Select(WordStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    public static bool IsFunction(string lower) => Function.Contains(lower);

    /// <summary>True for words that say nothing about the topic of an answer.</summary>
    public static bool IsNoise(string lower, string stem) => Function.Contains(lower) || QuestionWords.Contains(lower) || RubricWords.Contains(stem);
}
