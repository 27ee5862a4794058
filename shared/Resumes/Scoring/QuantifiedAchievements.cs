using System.Text.RegularExpressions;
using MockInterview.Resumes.Profiles;

namespace MockInterview.Resumes.Scoring;

/// <summary>Share of experience and project bullets with a number, percentage or amount; half of them earns full marks.</summary>
internal static partial class QuantifiedAchievements
{
    /// <summary>Share of quantified bullets that earns the full weight.</summary>
    public const double FullShare = 0.5;

    public static ComponentResult Evaluate(ResumeProfile profile)
    {
        var bullets = profile.Experience.SelectMany(e => e.Bullets).Concat(profile.Projects.SelectMany(p => p.Lines)).ToList();
        if (bullets.Count == 0)
        {
            return new ComponentResult(
                AtsComponentKind.QuantifiedAchievements,
                0,
                "No experience or project bullets were found to show results.",
                ["Describe each role in 3–5 bullets that start with a verb and end with a measurable result."]);
        }

        var quantified = bullets.Count(IsQuantified);
        var fraction = Math.Min(1, quantified / (bullets.Count * FullShare));
        var suggestions = new List<string>();
        if (fraction < 1)
        {
            suggestions.Add($"Quantify: only {quantified} of {bullets.Count} bullets have a number (%, $, users, time saved, team size).");
        }

        return new ComponentResult(
            AtsComponentKind.QuantifiedAchievements,
            fraction,
            $"{quantified} of {bullets.Count} bullets have a number, percentage or amount.",
            suggestions);
    }

    /// <summary>True when the bullet states a quantity; a year ("in 2020") is not one.</summary>
    internal static bool IsQuantified(string bullet) => Quantity().IsMatch(Year().Replace(bullet, " "));

    [GeneratedRegex(@"\d|[%$€£¥]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand|million|billion|half|double|doubled|tripled|halved)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"(?<![\d$€£.,])(?:19|20)\d{2}(?![\d%])", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
