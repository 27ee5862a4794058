using MockInterview.Resumes.Profiles;

namespace MockInterview.Resumes.Scoring;

/// <summary>Without a job description: the share of roles with a title, with dates and with at least two bullets.</summary>
internal static class ExperienceDetail
{
    public static ComponentResult Evaluate(ResumeProfile profile)
    {
        var entries = profile.Experience;
        if (entries.Count == 0)
        {
            return new ComponentResult(AtsComponentKind.ExperienceDetail, 0, "No experience entries were found.", ["Add your roles with title, employer, dates and bullets; include internships and volunteering."]);
        }

        var titled = entries.Count(e => e.Title is not null);
        var dated = entries.Count(e => e.Start is not null);
        var described = entries.Count(e => e.Bullets.Count >= 2);
        var fraction = (titled + dated + described) / (3.0 * entries.Count);
        var suggestions = new List<string>();
        if (dated < entries.Count)
        {
            suggestions.Add($"Add start and end dates (month and year) to {entries.Count - dated} role(s).");
        }

        if (described < entries.Count)
        {
            suggestions.Add($"Give {entries.Count - described} role(s) at least two bullets about what you did and achieved.");
        }

        return new ComponentResult(
            AtsComponentKind.ExperienceDetail,
            fraction,
            $"Of {entries.Count} role(s), {titled} have a title, {dated} have dates and {described} have two or more bullets.",
            suggestions);
    }
}
