namespace MockInterview.Interviewing.Summaries;

/// <summary>What the interviewer says at the end: honest about the score, one strength, one thing to work on.</summary>
internal static class NarrativeWriter
{
    public static string Write(string? name, double overall, IReadOnlyList<QuestionThread> threads, IReadOnlyList<Highlight> strengths, IReadOnlyList<Highlight> improvements)
    {
        var greeting = string.IsNullOrWhiteSpace(name) ? "Thank you" : $"Thank you, {name.Trim()}";
        if (threads.Count == 0)
        {
            return $"{greeting}. We did not get through any questions, so I cannot give you a score yet. Try again when you have about twenty minutes.";
        }

        var verdict = overall switch
        {
            >= 8 => "a strong performance that would do well in a real interview",
            >= 6.5 => "a solid performance with a few things to sharpen",
            >= 5 => "a mixed performance: some good moments, but not yet consistent",
            >= 3 => "a weak performance, below what most interviewers would expect",
            _ => "a poor performance: most answers did not give me what I needed to judge your experience",
        };
        var text = $"{greeting}, that is the end of the questions. Overall I would score this interview {overall:0.0} out of 10: {verdict}.";
        text += strengths.Count > 0
            ? $" What worked: {Lower(strengths[0].Text)}"
            : " I could not point to a clear strength this time, which is itself useful to know.";
        if (improvements.Count > 0)
        {
            text += $" The main thing to work on: {Lower(improvements[0].Text)}";
        }

        var unanswered = threads.Count(t => t.Unanswered);
        if (unanswered > 0 && improvements.Count > 0 && !improvements[0].Text.Contains("no answer", StringComparison.Ordinal))
        {
            text += $" {unanswered} of {threads.Count} questions went unanswered, and they count as zero.";
        }

        text += overall >= 6.5
            ? " Keep practising with new questions to make it consistent."
            : " Practise answering out loud with one real example per question, and try this interview again.";
        return text;
    }

    private static string Lower(string text) => text.Length > 1 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
