using MockInterview.Interviewing.Bank;
using MockInterview.Resumes.Jobs;
using MockInterview.Resumes.Profiles;
using MockInterview.Resumes.Skills;

namespace MockInterview.Interviewing.Planning;

/// <summary>The skills a plan aims at, most important first: what the job requires (the main skill of each line of the
/// job description before the details that line adds, named technologies before broad practices, alternating between
/// skills the resume shows and gaps it does not), what the job would welcome, then the
/// strengths the resume shows in its jobs and projects. Only technical skills the question bank can ask about are kept:
/// soft skills and business domains ("Payments", "marketing") are what behavioral and screening questions are for.</summary>
internal static class SkillTargets
{
    /// <summary>At most this many skills of each kind: a job description or resume listing hundreds says no more.</summary>
    public const int MaxPerNeed = 16;

    /// <summary>Longest place name shown in a rationale ("your work at …").</summary>
    public const int MaxPlaceLength = 60;

    public static List<SkillTarget> For(CandidateReading reading, SkillTagMap map, string? candidateName)
    {
        var nameTerms = SearchTerms.Of(candidateName).ToHashSet(StringComparer.Ordinal);
        var targets = new List<SkillTarget>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (reading.Job is { } job)
        {
            var required = FromJob(ByWeight(job.RequiredSkills), SkillNeed.Required, reading.Resume, map, nameTerms, seen);
            targets.AddRange(Alternate(required.Where(t => t.Proof == ResumeProof.Shown).ToList(), required.Where(t => t.Proof != ResumeProof.Shown).ToList()));
            targets.AddRange(FromJob(ByWeight(job.NiceToHaveSkills), SkillNeed.NiceToHave, reading.Resume, map, nameTerms, seen)
                .OrderBy(t => t.Proof == ResumeProof.Shown ? 0 : 1));
        }

        if (reading.Resume is { } resume)
        {
            targets.AddRange(resume.Skills
                .Where(s => s.IsEvidenced && Skill.IsTechnicalCategory(s.Category) && seen.Add(s.Name))
                .OrderBy(s => SkillTagMap.IsBroad(s.Category) ? 1 : 0)
                .Select(s => new SkillTarget(s.Name, s.Name, SkillNeed.ResumeStrength, ResumeProof.Shown, ShownIn(resume, s.Name), map.GroupsOf(s.Name)))
                .Where(t => t.Groups.Count > 0)
                .Take(MaxPerNeed));
        }

        return targets;
    }

    private static List<SkillTarget> FromJob(
        IReadOnlyList<JobSkill> skills, SkillNeed need, ResumeProfile? resume, SkillTagMap map, IReadOnlySet<string> nameTerms, HashSet<string> seen)
    {
        var targets = new List<SkillTarget>();
        foreach (var jobSkill in skills.Where(s => Skill.IsTechnicalCategory(s.Category)))
        {
            if (targets.Count == MaxPerNeed)
            {
                break;
            }

            // "PostgreSQL or MySQL" is one need: the alternative the resume backs best is the one asked about.
            var options = jobSkill.Alternatives.Prepend(jobSkill.Name).Distinct(StringComparer.Ordinal)
                .Select(name => (name, proof: ProofOf(resume, name, nameTerms), groups: map.GroupsOf(name)))
                .Where(o => o.groups.Count > 0)
                .OrderByDescending(o => o.proof)
                .ToList();
            if (options.Count == 0 || options.Any(o => seen.Contains(o.name)))
            {
                continue;
            }

            var (skill, proof, groups) = options[0];
            seen.Add(skill);
            var shownIn = proof == ResumeProof.Shown ? ShownIn(resume!, skill) : null;
            targets.Add(new SkillTarget(skill, jobSkill.Alternatives.Count == 0 ? skill : jobSkill.DisplayName, need, proof, shownIn, groups));
        }

        return targets;
    }

    // "Strong PostgreSQL experience, including schema design and query tuning" asks for PostgreSQL; the rest of the line
    // details it. A plan with room for three questions asks about PostgreSQL, Kubernetes and Kafka before schema design,
    // and about named technologies before broad practices ("backend development"). Otherwise the job's own order.
    private static List<JobSkill> ByWeight(IReadOnlyList<JobSkill> skills)
    {
        var main = skills
            .GroupBy(s => s.Evidence, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(s => !SkillTagMap.IsBroad(s.Category)) ?? g.First())
            .ToHashSet();
        return skills
            .Select((skill, index) => (skill, index))
            .OrderBy(x => main.Contains(x.skill) ? 0 : 1)
            .ThenBy(x => SkillTagMap.IsBroad(x.skill.Category) ? 1 : 0)
            .ThenBy(x => x.index)
            .Select(x => x.skill)
            .ToList();
    }

    private static ResumeProof ProofOf(ResumeProfile? resume, string skill, IReadOnlySet<string> nameTerms)
    {
        if (resume is null)
        {
            return ResumeProof.NoResume;
        }

        var found = resume.FindSkill(skill);
        if (found is null)
        {
            return ResumeProof.None;
        }

        if (found.IsEvidenced)
        {
            return ResumeProof.Shown;
        }

        // "Alex Rust" at the top of a resume names the candidate, not the language.
        var terms = SearchTerms.Of(skill);
        return terms.Count > 0 && terms.All(nameTerms.Contains) ? ResumeProof.None : ResumeProof.Named;
    }

    /// <summary>Where the resume uses the skill: the first job (resumes list the latest first), else the first project.</summary>
    private static string? ShownIn(ResumeProfile resume, string skill)
    {
        foreach (var job in resume.Experience.Where(e => e.Skills.Contains(skill, StringComparer.Ordinal)))
        {
            if (ResumeWords.Clip(job.Company, MaxPlaceLength) is { } company)
            {
                return $"your work at {company}";
            }

            if (ResumeWords.Clip(job.Title, MaxPlaceLength) is { } title)
            {
                return $"your work as {title}";
            }

            return "your work experience";
        }

        var project = resume.Projects.FirstOrDefault(p => p.Skills.Contains(skill, StringComparer.Ordinal));
        return project is not null && ResumeWords.Clip(project.Name, MaxPlaceLength) is { } name ? $"your project \"{name}\"" : null;
    }

    private static IEnumerable<SkillTarget> Alternate(List<SkillTarget> shown, List<SkillTarget> gaps)
    {
        for (var i = 0; i < Math.Max(shown.Count, gaps.Count); i++)
        {
            if (i < shown.Count)
            {
                yield return shown[i];
            }

            if (i < gaps.Count)
            {
                yield return gaps[i];
            }
        }
    }
}
