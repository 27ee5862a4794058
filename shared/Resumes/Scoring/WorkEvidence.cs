using MockInterview.Resumes.Profiles;
using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Scoring;

/// <summary>
/// Without a job description: skills shown in experience or projects. Eight shown skills give the depth share
/// (60%); the share of all skills that are shown gives the rest (40%), so a padded list lowers it.
/// </summary>
internal static class WorkEvidence
{
    /// <summary>Skills shown in work that earn the full depth share.</summary>
    public const int FullDepth = 8;

    public static ComponentResult Evaluate(ResumeProfile profile, KeywordStuffing stuffing)
    {
        var total = profile.Skills.Count;
        if (total == 0)
        {
            return new ComponentResult(AtsComponentKind.SkillEvidence, 0, "No skills of the taxonomy were found.", ["Name the tools, languages and methods you use, in a Skills section and in your bullets."]);
        }

        var shown = profile.Skills.Count(s => s.IsEvidenced);
        var fraction = (0.6 * Math.Min(1, shown / (double)FullDepth)) + (0.4 * shown / total);
        var suggestions = new List<string>();
        if (stuffing.IsStuffed)
        {
            suggestions.Add(stuffing.Suggestion);
        }

        var listedOnly = profile.Skills.Where(s => !s.IsEvidenced && s.InSkillsSection > 0 && s.Category is not (SkillCategory.SoftSkill or SkillCategory.Business)).Take(3).Select(s => s.Name).ToList();
        if (listedOnly.Count > 0)
        {
            suggestions.Add($"Show where you used {string.Join(", ", listedOnly)}: they are listed but appear in no experience or project bullet.");
        }

        return new ComponentResult(AtsComponentKind.SkillEvidence, fraction, $"{shown} of {total} skills appear in experience or projects; the rest are only listed or mentioned.", suggestions);
    }
}
