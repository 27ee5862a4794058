using System.Text.RegularExpressions;

namespace MockInterview.Interviewing.FollowUps;

/// <summary>Turns a rubric point (a short phrase such as "Cache-aside or write-through patterns", "Describes what was
/// unclear" or "Check cluster resources first") into what an interviewer would say: one sentence naming what the answer
/// did not cover, then a question about it.</summary>
/// <remarks>Rubric points come in a few shapes: noun phrases, "-ing" phrases, instructions, "Explains how…"-style
/// descriptions of the answer, questions ("How the pattern handles state") and whole statements ("Accuracy misleads on
/// imbalanced data"). Each shape gets a sentence that is grammatical for it; a shape that is not recognised is quoted as
/// a label, which always reads correctly.</remarks>
internal static partial class RubricPhrasing
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

    /// <summary>One sentence saying the answer did not cover <paramref name="point"/>.</summary>
    public static string Statement(string point)
    {
        var text = Clean(point);
        var words = Words(text);
        if (words.Count == 0)
        {
            return "Your answer left out one of the key points.";
        }

        var first = words[0];
        var rest = text[first.Length..].TrimStart();
        if (SpeechVerbs.TryGetValue(first, out var speech))
        {
            return $"You did not {speech} {SecondPerson(rest)}.";
        }

        if (DoingVerbs.TryGetValue(first, out var doing))
        {
            return first.Equals("understands", StringComparison.OrdinalIgnoreCase)
                ? $"You did not show that you understand {SecondPerson(rest)}."
                : $"You did not say how you would {doing} {SecondPerson(rest)}.";
        }

        if (first.Equals("is", StringComparison.OrdinalIgnoreCase))
        {
            return $"You did not show that you are {SecondPerson(rest)}.";
        }

        if (QuestionWords.Contains(first))
        {
            return $"You did not explain {Lower(text)}.";
        }

        if (Instructions.Contains(first))
        {
            return $"You did not say whether you would {Lower(text)}.";
        }

        if (IsSubjectVerb(text, words))
        {
            return $"You did not mention that it {Lower(text)}.";
        }

        return IsStatement(words)
            ? $"One point your answer did not get to: {Lower(text)}."
            : $"You did not talk about {Lower(text)}.";
    }

    /// <summary>A question that asks the candidate to cover <paramref name="point"/> now.</summary>
    public static string Question(string point)
    {
        var text = Clean(point);
        var words = Words(text);
        if (words.Count == 0)
        {
            return "Can you add it now?";
        }

        var first = words[0];
        if (SpeechVerbs.TryGetValue(first, out var speech))
        {
            return speech is "describe" or "explain" or "show" or "walk" or "demonstrate" or "outline" or "compare" or "discuss"
                ? "Can you walk me through that now?"
                : "Can you tell me now?";
        }

        if (QuestionWords.Contains(first))
        {
            return "Can you walk me through that now?";
        }

        if (DoingVerbs.ContainsKey(first) || Instructions.Contains(first) || first.Equals("is", StringComparison.OrdinalIgnoreCase))
        {
            return "How would you do that here, and why?";
        }

        var statement = IsStatement(words) || IsSubjectVerb(text, words);
        return text switch
        {
            _ when TradeOff().IsMatch(text) => "What are the trade-offs, and where would you draw the line?",
            _ when !statement && IsChoice(words) => "Which would you choose here, and why?",
            _ when Checking().IsMatch(text) => "How would you check that it actually works?",
            _ when Measuring().IsMatch(text) => "What exactly would you measure, and what would you do when it moves?",
            _ when Failing().IsMatch(text) => "What would you do when that part fails?",
            _ when statement => "Why does that matter here?",
            _ when IsGerund(first) => "How would you go about it?",
            _ => "How does that come into play here?",
        };
    }

    /// <summary>The point as something to say in a stronger answer ("Describes what was unclear" → "Describe what was
    /// unclear."; "Cache-aside or write-through patterns" → "Explain cache-aside or write-through patterns, and why that
    /// matters here.").</summary>
    public static string Instruction(string point)
    {
        var text = Clean(point);
        var words = Words(text);
        if (words.Count == 0)
        {
            return string.Empty;
        }

        var first = words[0];
        var rest = SecondPerson(text[first.Length..].TrimStart());
        if (SpeechVerbs.TryGetValue(first, out var speech))
        {
            return $"{Capital(speech)} {rest}.";
        }

        if (DoingVerbs.TryGetValue(first, out var doing))
        {
            return first.Equals("understands", StringComparison.OrdinalIgnoreCase)
                ? $"Show that you understand {rest}."
                : $"Say how you {doing} {rest}.";
        }

        if (first.Equals("is", StringComparison.OrdinalIgnoreCase))
        {
            return $"Be {rest}.";
        }

        if (QuestionWords.Contains(first))
        {
            return $"Explain {Lower(text)}.";
        }

        if (Instructions.Contains(first))
        {
            return $"Say that you would {Lower(text)}, and why.";
        }

        if (IsSubjectVerb(text, words))
        {
            return $"Make the point that it {Lower(text)}.";
        }

        return IsStatement(words)
            ? $"Make the point that {Lower(text)}."
            : $"Explain {Lower(text)}, and why that matters here.";
    }

    /// <summary>The point as it is quoted inside a sentence: no trailing full stop, no line breaks, no doubled spaces.</summary>
    public static string Clean(string point) => Spaces().Replace(point, " ").Trim().TrimEnd('.', ';', ':', ' ');

    private static List<string> Words(string text) =>
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

    /// <summary>A short "A or B" or "A versus B" point ("Cache-aside or write-through patterns") names options to choose from.</summary>
    private static bool IsChoice(List<string> words)
    {
        var versus = words.FindIndex(w => w.ToLowerInvariant() is "versus" or "vs");
        var or = words.FindIndex(w => w.Equals("or", StringComparison.OrdinalIgnoreCase));
        return versus > 0 || (or is 1 or 2 && words.Count <= 6);
    }

    /// <summary>"Describes their role" is said to the candidate as "describe your role".</summary>
    private static string SecondPerson(string text) => Pronoun().Replace(text, m => m.Value.ToLowerInvariant() switch
    {
        "they" => "you",
        "them" => "you",
        "their" => "your",
        "theirs" => "yours",
        "themselves" => "yourself",
        "they're" => "you're",
        "they've" => "you've",
        "they'd" => "you'd",
        "the candidate" => "you",
        _ => m.Value,
    });

    /// <summary>Lower-cases the first word when it is an ordinary capitalised word; keeps "ACID", "iOS", "XSS".</summary>
    private static string Lower(string text)
    {
        var end = text.IndexOfAny([' ', ',', ':', '-', '/', '(']);
        var first = end < 0 ? text : text[..end];
        var ordinary = first.Length > 1 && char.IsUpper(first[0]) && first.Skip(1).All(c => !char.IsLetter(c) || char.IsLower(c));
        return ordinary || (first.Length == 1 && first[0] is 'A') ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(?:the candidate|they're|they've|they'd|themselves|theirs|their|them|they)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\btrade[- ]?offs?\b|\bpros and cons\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeOff();

    [GeneratedRegex(@"\b(?:test(?:s|ing)?|verif\w*|validat\w*|game days?|chaos)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Checking();

    [GeneratedRegex(@"\b(?:monitor\w*|metrics?|measur\w*|alert\w*|observab\w*|dashboards?|SLOs?|SLIs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Measuring();

    [GeneratedRegex(@"\b(?:fail\w*|rollbacks?|roll back|outages?|recover\w*|retr(?:y|ies))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Failing();
}
