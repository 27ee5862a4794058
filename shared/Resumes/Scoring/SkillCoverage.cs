using MockInterview.Resumes.Jobs;

namespace MockInterview.Resumes.Scoring;

/// <summary>
/// Coverage of the job's required (or nice-to-have) skills: shown in work counts fully, only listed counts less,
/// implied by a related skill counts 80% of that skill. Alternatives ("PostgreSQL or SQL Server") need one of them.
/// </summary>
internal static class SkillCoverage
{
    private const int MaxSuggestionsPerKind = 4;

    public static ComponentResult Evaluate(
        AtsComponentKind kind,
        IReadOnlyList<JobSkill> skills,
        ResumeEvidence evidence,
        List<string> missing,
        List<string> matched)
    {
        var required = kind == AtsComponentKind.RequiredSkills;
        var shown = 0;
        var implied = 0;
        var listed = new List<string>();
        var absent = new List<string>();
        var credit = 0.0;
        foreach (var skill in skills)
        {
            var (name, best) = skill.Alternatives.Prepend(skill.Name)
                .Select(n => (Name: n, Credit: evidence.Of(n)))
                .OrderByDescending(x => x.Credit.Credit)
                .First();
            credit += best.Credit;
            switch (best.Proof)
            {
                case SkillProof.Shown:
                    shown++;
                    break;
                case SkillProof.Implied:
                    implied++;
                    break;
                case SkillProof.Listed:
                    listed.Add(name);
                    break;
                default:
                    absent.Add(skill.DisplayName);
                    continue;
            }

            if (!matched.Contains(name))
            {
                matched.Add(name);
            }
        }

        missing.AddRange(absent.Where(n => !missing.Contains(n)));
        var what = required ? "required" : "nice-to-have";
        var explanation = $"Shows {shown} of {skills.Count} {what} skills in experience or projects"
            + (implied > 0 ? $", {implied} through related skills" : string.Empty)
            + $", lists {listed.Count} only in a list or summary"
            + (absent.Count == 0 ? ", and misses none." : $", and misses {absent.Count} ({string.Join(", ", absent.Take(4))}{(absent.Count > 4 ? ", …" : string.Empty)}).");
        var suggestions = new List<string>();
        foreach (var name in absent.Take(MaxSuggestionsPerKind))
        {
            suggestions.Add(required
                ? $"Add evidence of {name}: the job description requires it and we found no mention of it (or of a skill that implies it) in the resume."
                : $"If you have used {name}, say where: the job description lists it as nice to have.");
        }

        foreach (var name in listed.Take(MaxSuggestionsPerKind))
        {
            suggestions.Add($"Show {name} in an experience or project bullet: the job {(required ? "requires" : "welcomes")} it and the resume only lists it.");
        }

        return new ComponentResult(kind, skills.Count == 0 ? 1 : credit / skills.Count, explanation, suggestions);
    }
}
