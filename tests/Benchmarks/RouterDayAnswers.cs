using System.Text.Json;
using MockInterview.Interviewing;

namespace MockInterview.Benchmarks;

/// <summary>What the simulated candidates say: answer texts of known quality (copied from the scorer's labelled sets
/// into <c>RouterDayAnswers.json</c>), picked for the question asked and made the candidate's own by a detail only they
/// would give, so no two candidates send the same answer. Some answers are empty, cut short, or never given.</summary>
internal sealed class RouterDayAnswers
{
    /// <summary>How often each kind of answer is given, in percent; the rest of 100 is empty.</summary>
    private static readonly (string Quality, int Percent)[] Mix =
    [
        ("strong", 24), ("adequate", 30), ("vague", 16), ("short", 7), ("timed-out", 6), ("offTopic", 5), ("stuffed", 3),
        ("gibberish", 2), ("injection", 2),
    ];

    private static readonly string[] Places = ["a logistics start-up", "a regional bank", "an online retailer", "a hospital group", "a game studio", "a telecom operator", "a city council", "an insurance firm"];

    private readonly IReadOnlyList<RouterDayAnswer> pool;

    private RouterDayAnswers(IReadOnlyList<RouterDayAnswer> pool) => this.pool = pool;

    public static RouterDayAnswers Load()
    {
        using var stream = typeof(RouterDayAnswers).Assembly.GetManifestResourceStream("RouterDayAnswers.json")
            ?? throw new InvalidOperationException("The embedded RouterDayAnswers.json is missing.");
        using var document = JsonDocument.Parse(stream);
        var pool = document.RootElement.GetProperty("answers").EnumerateArray()
            .Select(a => new RouterDayAnswer(
                a.GetProperty("questionId").GetString(),
                a.GetProperty("category").GetString()!,
                a.GetProperty("quality").GetString()!,
                a.GetProperty("text").GetString()!))
            .ToList();
        return new RouterDayAnswers(pool);
    }

    /// <summary>The candidate's answer to <paramref name="question"/>, or null when they let its time run out.</summary>
    public string? For(InterviewQuestion question, string candidateId, int turn, Random random)
    {
        var quality = Quality(random);
        switch (quality)
        {
            case "timed-out":
                return null;
            case "empty":
                return "   ";
        }

        var text = Pick(question, quality == "short" ? "adequate" : quality, random);
        if (quality == "short")
        {
            // A first clause and no more: what someone says when they have little to say.
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(' ', words.Take(random.Next(4, 10))) + ".";
        }

        if (quality is "gibberish" or "stuffed" or "injection")
        {
            return $"{text} ({candidateId}-{turn})";
        }

        // A detail only this candidate gives, so no two send the same words.
        return $"{text} For context, this was at {Places[random.Next(Places.Length)]} in {2015 + random.Next(11)}, on a team of " +
            $"{random.Next(3, 40)} people (my reference {candidateId}-{turn}).";
    }

    private string Pick(InterviewQuestion question, string quality, Random random)
    {
        var bankId = question.IsFollowUp ? question.ParentQuestionId ?? question.Id : question.Id;
        var category = question.Category is "screening" or "behavioral" or "technical" ? question.Category : "screening";
        var forQuestion = pool.Where(a => a.Quality == quality && a.QuestionId == bankId).ToList();
        var candidates = forQuestion.Count > 0 ? forQuestion : pool.Where(a => a.Quality == quality && a.Category == category).ToList();
        if (candidates.Count == 0)
        {
            candidates = pool.Where(a => a.Quality == quality).ToList();
        }

        return candidates[random.Next(candidates.Count)].Text;
    }

    private static string Quality(Random random)
    {
        var x = random.Next(100);
        foreach (var (quality, percent) in Mix)
        {
            x -= percent;
            if (x < 0)
            {
                return quality;
            }
        }

        return "empty";
    }
}
