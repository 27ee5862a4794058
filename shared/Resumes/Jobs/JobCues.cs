using System.Globalization;
using System.Text.RegularExpressions;

namespace MockInterview.Resumes.Jobs;

/// <summary>Sentence cues of a job description: "a plus", "required", years asked, seniority words.</summary>
internal static partial class JobCues
{
    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>Importance a clause states itself, or null when it states none.</summary>
    public static SkillImportance? ImportanceOf(string clause)
    {
        if (NiceCue().IsMatch(clause))
        {
            return SkillImportance.NiceToHave;
        }

        return RequiredCue().IsMatch(clause) ? SkillImportance.Required : null;
    }

    /// <summary>The smallest number of years each "N+ years" phrase of the clause asks for.</summary>
    public static IEnumerable<int> Years(string clause)
    {
        // "20 years in business" is the company's age, not a requirement: the clause must speak of experience.
        if (!ExperienceWord().IsMatch(clause))
        {
            yield break;
        }

        foreach (Match match in YearsPattern().Matches(clause))
        {
            var text = match.Groups["n"].Value.ToLowerInvariant();
            var years = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Array.IndexOf(NumberWords, text);
            if (years is >= 0 and <= 30)
            {
                yield return years;
            }
        }
    }

    /// <summary>The seniority a piece of text names, with the word that named it.</summary>
    public static (Seniority Level, string Word)? SeniorityIn(string text)
    {
        foreach (var (pattern, level) in (ReadOnlySpan<(Regex, Seniority)>)[(LeadWords(), Seniority.Lead), (SeniorWords(), Seniority.Senior), (JuniorWords(), Seniority.Junior), (MidWords(), Seniority.Mid)])
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return (level, match.Value);
            }
        }

        return null;
    }

    /// <summary>The seniority usually meant by a number of years of experience.</summary>
    public static Seniority SeniorityForYears(int years) => years switch
    {
        >= 10 => Seniority.Lead,
        >= 5 => Seniority.Senior,
        >= 2 => Seniority.Mid,
        _ => Seniority.Junior,
    };

    [GeneratedRegex(@"\b(a plus|is a plus|are a plus|big plus|nice[- ]to[- ]have|preferred|preferably|bonus|ideally|desirable|desired|an advantage|advantageous|good to have|would be great|not required|optional|helpful|beneficial|plus if)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NiceCue();

    [GeneratedRegex(@"\b(required|requirement|must|mandatory|essential|need to have|needs to have|you have|strong|proficien\w*|expert\w*|solid|deep|hands-on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequiredCue();

    [GeneratedRegex(@"(?<n>\b\d{1,2}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s*\+?\s*(?:\(\d{1,2}\)\s*)?(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b(?!\s+old)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearsPattern();

    [GeneratedRegex(@"\b(experience|experienced|background|track record|professional|working|hands-on|industry|in a similar role|in the role)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExperienceWord();

    [GeneratedRegex(@"\b(lead|leader|principal|staff|head of|director|chief|vp|vice president|engineering manager|team lead|tech lead)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadWords();

    [GeneratedRegex(@"\b(senior|sr\.?|snr)(?=[\s-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeniorWords();

    [GeneratedRegex(@"\b(junior|jr\.?|entry[- ]level|graduate|new grad|intern|internship|trainee|apprentice|early[- ]career)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JuniorWords();

    [GeneratedRegex(@"\b(mid[- ]level|mid[- ]senior|intermediate|mid)\b|\b(engineer|developer|analyst) (ii|2)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MidWords();
}
