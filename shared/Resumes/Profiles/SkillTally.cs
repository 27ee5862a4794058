using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Profiles;

/// <summary>Counts skill mentions by where they were seen.</summary>
internal sealed class SkillTally
{
    private readonly Dictionary<string, (Skill Skill, int Listed, int Used, int Other)> counts = new(StringComparer.Ordinal);

    /// <summary>Adds the mentions and returns the distinct canonical names, in order of first mention.</summary>
    public List<string> Add(IReadOnlyList<SkillMention> mentions, ResumeSection? where)
    {
        var names = new List<string>();
        foreach (var mention in mentions)
        {
            var skill = mention.Skill;
            var (_, listed, used, other) = counts.GetValueOrDefault(skill.Name, (skill, 0, 0, 0));
            switch (where)
            {
                case ResumeSection.Skills:
                    listed++;
                    break;
                case ResumeSection.Experience or ResumeSection.Projects:
                    used++;
                    break;
                default:
                    other++;
                    break;
            }

            counts[skill.Name] = (skill, listed, used, other);
            if (!names.Contains(skill.Name))
            {
                names.Add(skill.Name);
            }
        }

        return names;
    }

    /// <summary>The skills, those shown in experience first, then by mentions, then by name (deterministic).</summary>
    public List<ProfileSkill> ToList() =>
        counts.Values
            .Select(c => new ProfileSkill(c.Skill.Name, c.Skill.Category, c.Listed, c.Used, c.Other))
            .OrderByDescending(s => s.InExperience > 0)
            .ThenByDescending(s => s.Mentions)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
}
