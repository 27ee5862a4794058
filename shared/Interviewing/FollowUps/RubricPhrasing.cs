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
    /// <summary>One sentence saying the answer did not cover <paramref name="point"/>.</summary>
    public static string Statement(string point)
    {
        var p = RubricPointShape.Of(point);
        return p.Shape switch
        {
            RubricShape.Empty => "Your answer left out one of the key points.",
            RubricShape.Speech => $"You did not {p.Verb} {SecondPerson(p.Rest)}.",
            RubricShape.Doing when p.Verb == "understand" => $"You did not show that you understand {SecondPerson(p.Rest)}.",
            RubricShape.Doing => $"You did not say how you would {p.Verb} {SecondPerson(p.Rest)}.",
            RubricShape.Being => $"You did not show that you are {SecondPerson(p.Rest)}.",
            RubricShape.QuestionWord => $"You did not explain {Lower(p.Text)}.",
            RubricShape.Instruction => $"You did not say whether you would {Lower(p.Text)}.",
            RubricShape.SubjectVerb => $"You did not mention that it {Lower(p.Text)}.",
            RubricShape.Statement => $"One point your answer did not get to: {Lower(p.Text)}.",
            _ => $"You did not talk about {Lower(p.Text)}.",
        };
    }

    /// <summary>A question that asks the candidate to cover <paramref name="point"/> now.</summary>
    public static string Question(string point)
    {
        var p = RubricPointShape.Of(point);
        var text = p.Text;
        var statement = p.Shape is RubricShape.SubjectVerb or RubricShape.Statement;
        return p.Shape switch
        {
            RubricShape.Empty => "Can you add it now?",
            RubricShape.Speech => p.Verb is "describe" or "explain" or "show" or "walk" or "demonstrate" or "outline" or "compare" or "discuss"
                ? "Can you walk me through that now?"
                : "Can you tell me now?",
            RubricShape.QuestionWord => "Can you walk me through that now?",
            RubricShape.Doing or RubricShape.Instruction or RubricShape.Being => "How would you do that here, and why?",
            _ when TradeOff().IsMatch(text) => "What are the trade-offs, and where would you draw the line?",
            _ when !statement && p.IsChoice => "Which would you choose here, and why?",
            _ when Checking().IsMatch(text) => "How would you check that it actually works?",
            _ when Measuring().IsMatch(text) => "What exactly would you measure, and what would you do when it moves?",
            _ when Failing().IsMatch(text) => "What would you do when that part fails?",
            _ when statement => "Why does that matter here?",
            _ when p.StartsWithGerund => "How would you go about it?",
            _ => "How does that come into play here?",
        };
    }

    /// <summary>The point as something to say in a stronger answer ("Describes what was unclear" → "Describe what was
    /// unclear."; "Cache-aside or write-through patterns" → "Explain cache-aside or write-through patterns, and why that
    /// matters here.").</summary>
    public static string Instruction(string point)
    {
        var p = RubricPointShape.Of(point);
        return p.Shape switch
        {
            RubricShape.Empty => string.Empty,
            RubricShape.Speech => $"{Capital(p.Verb)} {SecondPerson(p.Rest)}.",
            RubricShape.Doing when p.Verb == "understand" => $"Show that you understand {SecondPerson(p.Rest)}.",
            RubricShape.Doing => $"Say how you {p.Verb} {SecondPerson(p.Rest)}.",
            RubricShape.Being => $"Be {SecondPerson(p.Rest)}.",
            RubricShape.QuestionWord => $"Explain {Lower(p.Text)}.",
            RubricShape.Instruction => $"Say that you would {Lower(p.Text)}, and why.",
            RubricShape.SubjectVerb => $"Make the point that it {Lower(p.Text)}.",
            RubricShape.Statement => $"Make the point that {Lower(p.Text)}.",
            _ => $"Explain {Lower(p.Text)}, and why that matters here.",
        };
    }

    /// <summary>The point as it is quoted inside a sentence: no trailing full stop, no line breaks, no doubled spaces.</summary>
    public static string Clean(string point) => Spaces().Replace(point, " ").Trim().TrimEnd('.', ';', ':', ' ');

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
