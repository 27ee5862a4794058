namespace MockInterview.Interviewing.FollowUps;

/// <summary>A rubric point read for phrasing: its cleaned text, its words, its <see cref="RubricShape"/> and, for
/// "Describes…" and "Keeps…" points, the verb to say it with ("describe", "keep").</summary>
/// <remarks>The shape is decided in one order for every phrasing: speech verb, doing verb, "is", question word,
/// instruction, subject left out, whole statement, and otherwise a topic.</remarks>
internal sealed record RubricPointShape(string Text, IReadOnlyList<string> Words, RubricShape Shape, string Verb)
{
    // Verbs rubric writers use to describe what the answer does; the probe asks the candidate to do it.
    private static readonly Dictionary<string, string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["describes"] = "describe", ["explains"] = "explain", ["shows"] = "show", ["names"] = "name", ["gives"] = "give",
        ["states"] = "state", ["mentions"] = "mention", ["defines"] = "define", ["proposes"] = "propose", ["picks"] = "pick",
        ["considers"] = "consider", ["identifies"] = "identify", ["compares"] = "compare", ["connects"] = "connect",
        ["links"] = "link", ["suggests"] = "suggest", ["quantifies"] = "quantify", ["summarises"] = "summarise",
        ["summarizes"] = "summarize", ["highlights"] = "highlight", ["acknowledges"] = "acknowledge", ["raises"] = "raise",
        ["warns"] = "warn", ["reflects"] = "reflect", ["says"] = "say", ["tells"] = "tell", ["includes"] = "include",
        ["asks"] = "ask", ["adds"] = "add", ["admits"] = "admit", ["communicates"] = "communicate", ["distinguishes"] = "distinguish",
        ["discusses"] = "discuss", ["covers"] = "cover", ["recognises"] = "recognise", ["recognizes"] = "recognize",
        ["notes"] = "note", ["offers"] = "offer", ["weighs"] = "weigh", ["lists"] = "list", ["outlines"] = "outline",
        ["clarifies"] = "clarify", ["justifies"] = "justify", ["estimates"] = "estimate", ["argues"] = "argue",
        ["walks"] = "walk", ["demonstrates"] = "demonstrate", ["points"] = "point", ["addresses"] = "address",
    };

    // Verbs for what the candidate would do (rather than say): "Keeps the relationship…" becomes "say how you would keep…".
    private static readonly Dictionary<string, string> DoingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["uses"] = "use", ["keeps"] = "keep", ["avoids"] = "avoid", ["prefers"] = "prefer", ["handles"] = "handle",
        ["separates"] = "separate", ["starts"] = "start", ["makes"] = "make", ["balances"] = "balance", ["adjusts"] = "adjust",
        ["aligns"] = "align", ["stays"] = "stay", ["ends"] = "end", ["turns"] = "turn", ["draws"] = "draw", ["takes"] = "take",
        ["chooses"] = "choose", ["answers"] = "answer", ["backs"] = "back", ["understands"] = "understand", ["plans"] = "plan",
        ["involves"] = "involve", ["tests"] = "test", ["measures"] = "measure", ["checks"] = "check", ["builds"] = "build",
        ["prioritises"] = "prioritise", ["prioritizes"] = "prioritize", ["tracks"] = "track", ["delivers"] = "deliver",
    };

    // Instructions rubric writers start points with ("Check data quality first", "Map assets and data flows").
    private static readonly HashSet<string> Instructions = new(StringComparer.OrdinalIgnoreCase)
    {
        "check", "start", "map", "identify", "rate", "revisit", "measure", "reduce", "optimise", "optimize", "prioritise",
        "prioritize", "look", "tune", "compare", "form", "segment", "define", "add", "keep", "avoid", "validate", "verify",
        "split", "move", "run", "write", "set", "build", "track", "monitor", "document", "review", "profile", "choose", "pick",
        "roll", "deploy", "design", "estimate", "find", "fix", "confirm", "escalate", "automate", "isolate", "encrypt",
        "rotate", "store", "apply", "treat", "favour", "favor", "limit", "alert", "prefer", "agree", "involve", "clarify",
        "reproduce", "collect", "gather", "schedule", "understand", "ask", "communicate", "decide", "instrument", "test",
        "present", "restrict", "acknowledge", "narrow", "record", "report", "label", "invest", "resist", "separate", "share",
    };

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "how", "why", "what", "when", "where", "which", "whether", "who",
    };

    // Finite verbs that make a point a whole statement ("Containers share the host kernel") rather than a topic.
    private static readonly HashSet<string> StatementVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "can", "cannot", "should", "must", "will", "may", "might", "does", "do",
        "run", "runs", "share", "shares", "isolate", "isolates", "computes", "frees", "mislead", "misleads", "helps",
        "causes", "allows", "prevents", "requires", "means", "becomes", "protects", "depends", "lets", "sends", "makes",
        "takes", "gives", "fails", "hurts", "beats", "wins", "matters", "needs", "stays", "gets", "goes", "knows", "owns",
        "survives", "avoids", "keeps", "uses", "adds", "removes", "reduces", "increases", "improves", "guarantees", "ensures",
        "explain", "explains", "override", "overrides", "maps", "diffs", "differs", "differ",
    };

    // Words after which the rest of a phrase is a clause about its head ("a router that parses links").
    private static readonly HashSet<string> ClauseStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "where", "when", "so", "because", "to", "with", "from", "for", "of", "in", "on", "by",
        "as", "at", "than", "before", "after", "without", "into", "per", "via", "whether", "if", "while", "unless", "until",
        "since", "though", "although", "how", "what", "why", "such", "like", "rather", "instead", "not",
    };

    /// <summary>The first word, without surrounding punctuation.</summary>
    public string First => Words[0];

    /// <summary>The text after the first word.</summary>
    public string Rest => Text[First.Length..].TrimStart();

    /// <summary>A short "A or B" or "A versus B" point ("Cache-aside or write-through patterns") names options to choose from.</summary>
    public bool IsChoice =>
        IndexOf(w => w.ToLowerInvariant() is "versus" or "vs") > 0
        || (IndexOf(w => w.Equals("or", StringComparison.OrdinalIgnoreCase)) is 1 or 2 && Words.Count <= 6);

    /// <summary>True when the point opens with an "-ing" word ("Handling configuration changes…").</summary>
    public bool StartsWithGerund => IsGerund(First);

    /// <summary>Reads <paramref name="point"/> (cleaned as <see cref="RubricPhrasing.Clean"/> does).</summary>
    public static RubricPointShape Of(string point)
    {
        var text = RubricPhrasing.Clean(point);
        var words = WordsOf(text);
        if (words.Count == 0)
        {
            return new RubricPointShape(text, words, RubricShape.Empty, string.Empty);
        }

        var first = words[0];
        var (shape, verb) = first switch
        {
            _ when SpeechVerbs.TryGetValue(first, out var speech) => (RubricShape.Speech, speech),
            _ when DoingVerbs.TryGetValue(first, out var doing) => (RubricShape.Doing, doing),
            _ when first.Equals("is", StringComparison.OrdinalIgnoreCase) => (RubricShape.Being, string.Empty),
            _ when QuestionWords.Contains(first) => (RubricShape.QuestionWord, string.Empty),
            _ when Instructions.Contains(first) => (RubricShape.Instruction, string.Empty),
            _ when IsSubjectVerb(text, words) => (RubricShape.SubjectVerb, string.Empty),
            _ when IsStatement(words) => (RubricShape.Statement, string.Empty),
            _ => (RubricShape.Topic, string.Empty),
        };
        return new RubricPointShape(text, words, shape, verb);
    }

    private int IndexOf(Func<string, bool> predicate)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (predicate(Words[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<string> WordsOf(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', ';', ':', '(', ')', '"', '.')).Where(w => w.Length > 0).ToList();

    /// <summary>A statement has a finite verb in its head, before any clause or preposition ("Accuracy misleads on…").</summary>
    private static bool IsStatement(List<string> words)
    {
        if (IsGerund(words[0]))
        {
            return false;
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (ClauseStarts.Contains(words[i]))
            {
                return false;
            }

            if (StatementVerbs.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A point about the subject of the question, with the subject left out: "Costs extra writes and storage",
    /// "Helps selective queries" (not a plural noun such as "Retries, alerting…" or "Metrics tied to…").</summary>
    private static bool IsSubjectVerb(string text, List<string> words)
    {
        if (words.Count < 2)
        {
            return false;
        }

        var first = words[0].ToLowerInvariant();
        var second = words[1];
        var rawFirst = text.Split(' ', 2)[0];
        return first.Length > 3 && first.EndsWith('s') && !first.EndsWith("ss", StringComparison.Ordinal) && !first.EndsWith("us", StringComparison.Ordinal)
            && char.IsLetter(rawFirst[^1])
            && !ClauseStarts.Contains(second) && second.ToLowerInvariant() is not ("and" or "or")
            && !second.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !StatementVerbs.Contains(second);
    }

    private static bool IsGerund(string word) => word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}
