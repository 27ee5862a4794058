using MockInterview.Resumes.Profiles;

namespace MockInterview.Resumes.Scoring;

/// <summary>
/// Recognises a skills list padded with terms the resume never shows in use: many listed-only skills and few
/// shown in experience or projects. Such a resume earns less per listed skill and its total is capped.
/// </summary>
internal sealed record KeywordStuffing(bool IsStuffed, int ListedOnly, int Evidenced)
{
    /// <summary>Listed-only skills from which a list can be stuffed.</summary>
    public const int MinimumListedOnly = 30;

    /// <summary>The highest total a stuffed resume can get.</summary>
    public const int Cap = 45;

    public static KeywordStuffing Check(ResumeProfile profile)
    {
        var evidenced = profile.Skills.Count(s => s.IsEvidenced);
        var listedOnly = profile.Skills.Count(s => !s.IsEvidenced && s.InSkillsSection > 0);

        // Stuffed: at least 30 skills only listed, and fewer than one in five of all skills shown in work.
        var stuffed = listedOnly >= MinimumListedOnly && evidenced * 5 < listedOnly + evidenced;
        return new KeywordStuffing(stuffed, listedOnly, evidenced);
    }

    public string CapReason =>
        $"Capped at {Cap}: {ListedOnly} skills are only listed and just {Evidenced} appear in experience or projects, which reads as keyword stuffing.";

    public string Suggestion =>
        $"Trim the skills list to what you can show: {ListedOnly} listed skills never appear in your experience or projects.";
}
