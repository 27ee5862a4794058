using System.Text.RegularExpressions;
using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Planning;

/// <summary>Maps free-text roles and seniorities ("Senior Backend Engineer", "SRE", "graduate") to bank tracks and levels.</summary>
internal static partial class RoleProfile
{
    // Order matters: "data scientist" must win over "data", "full stack" over "frontend"/"backend".
    private static readonly (Regex Pattern, string Track)[] TrackPatterns =
    [
        (Rx(@"full[\s-]?stack"), RoleTracks.Fullstack),
        (Rx(@"product (?:manager|owner|lead|management)|\bpm\b|\bapm\b|\bproduct\b"), RoleTracks.ProductManagement),
        (Rx(@"machine learning|\bml\b|data scien|\bai\b|deep learning|\bnlp\b|computer vision|\bmlops\b|research scientist"), RoleTracks.MachineLearning),
        (Rx(@"data engineer|\betl\b|big data|data platform|analytics engineer|spark|data pipeline"), RoleTracks.DataEngineering),
        (Rx(@"data analy|business analy|\bbi\b|business intelligence|analyst|analytics|reporting"), RoleTracks.DataAnalysis),
        (Rx(@"security|\bsec\b|appsec|devsecops|penetration|pentest|infosec|cyber|\bsoc\b"), RoleTracks.Security),
        (Rx(@"devops|\bsre\b|site reliability|platform engineer|infrastructure|cloud engineer|\bops\b|kubernetes|systems engineer|reliability"), RoleTracks.DevOpsSre),
        (Rx(@"mobile|\bios\b|android|flutter|react native|swift|kotlin"), RoleTracks.Mobile),
        (Rx(@"front[\s-]?end|\bui\b|react|angular|vue|web developer|javascript|typescript"), RoleTracks.Frontend),
        (Rx(@"back[\s-]?end|server|\bapi\b|java|\.net|c#|golang|\bgo\b|python|node|ruby|php|software engineer|developer|programmer"), RoleTracks.Backend),
    ];

    private static readonly Regex JuniorPattern = Rx(@"intern|graduate|\bgrad\b|junior|\bjr\b|entry|trainee|apprentice|new grad|student");
    private static readonly Regex SeniorPattern = Rx(@"senior|\bsr\b|staff|lead|principal|architect|head of|director|distinguished|manager of");

    /// <summary>The track for a free-text role; null when nothing matches (callers default to backend).</summary>
    public static string? TrackOf(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return null;
        }

        foreach (var (pattern, track) in TrackPatterns)
        {
            if (pattern.IsMatch(role))
            {
                return track;
            }
        }

        return null;
    }

    /// <summary>junior, mid or senior from free text (the seniority field first, then the role title); mid when neither says.</summary>
    public static string LevelOf(string? seniority, string? role) => TryLevelOf(seniority, role) ?? QuestionLevels.Mid;

    /// <summary>junior, mid or senior from free text (the seniority field first, then the role title); null when neither says.</summary>
    public static string? TryLevelOf(string? seniority, string? role)
    {
        foreach (var text in new[] { seniority, role })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (JuniorPattern.IsMatch(text))
            {
                return QuestionLevels.Junior;
            }

            if (SeniorPattern.IsMatch(text))
            {
                return QuestionLevels.Senior;
            }

            if (MidPattern().IsMatch(text))
            {
                return QuestionLevels.Mid;
            }
        }

        return null;
    }

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"\bmid\b|intermediate|middle|regular", RegexOptions.IgnoreCase)]
    private static partial Regex MidPattern();
}
