namespace MockInterview.Resumes.Skills;

/// <summary>
/// Decides whether an ambiguous form ("Go", "R", "Swift", "Excel") found in prose really names the skill:
/// it needs a cue word or another technical skill near it on the same line.
/// </summary>
internal static class SkillEvidence
{
    /// <summary>How many tokens either side may hold the evidence.</summary>
    public const int Window = 8;

    // Words that put a technical skill in a programming context ("written in Go", "Swift developer").
    private static readonly HashSet<string> TechnicalCues = new(StringComparer.Ordinal)
    {
        "programming", "programmer", "language", "languages", "code", "coding", "codebase", "developer",
        "developers", "development", "engineer", "engineers", "engineering", "framework", "frameworks", "library",
        "libraries", "stack", "backend", "frontend", "api", "apis", "service", "services", "microservices",
        "software", "script", "scripts", "scripting", "compiler", "runtime", "sdk", "tooling", "tech",
        "technologies", "skills", "tools", "platform", "platforms", "deployment", "pipeline", "pipelines", "server", "servers",
        "experience", "knowledge", "familiarity", "proficiency", "proficient", "fluent", "fluency", "written",
    };

    /// <summary>True when the mention at tokens [first, last] has evidence in the surrounding tokens.</summary>
    public static bool HasEvidence(
        string text,
        IReadOnlyList<TextToken> tokens,
        int first,
        int last,
        SkillForm form,
        IReadOnlyList<(int First, int Last, Skill Skill)> confirmed)
    {
        var line = tokens[first].Line;
        var from = Math.Max(0, first - Window);
        var to = Math.Min(tokens.Count - 1, last + Window);
        var technical = form.Skill.IsTechnical;
        for (var i = from; i <= to; i++)
        {
            if ((i >= first && i <= last) || tokens[i].Line != line)
            {
                continue;
            }

            var value = tokens[i].Value;
            if (form.Cues.Contains(value) || (technical && TechnicalCues.Contains(value)))
            {
                return true;
            }
        }

        foreach (var (otherFirst, otherLast, skill) in confirmed)
        {
            if (skill.IsTechnical == technical && tokens[otherFirst].Line == line
                && otherLast >= first - Window && otherFirst <= last + Window)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a one-word ambiguous form is glued into a bigger word: "C-level", "Go-to-market", "R&amp;D".
    /// </summary>
    public static bool IsCompoundPart(string text, IReadOnlyList<TextToken> tokens, int first, int last)
    {
        if (last + 1 < tokens.Count)
        {
            var next = tokens[last + 1];
            var gap = text.AsSpan(tokens[last].End, next.Start - tokens[last].End);
            if ((gap.Length == 0 && next.Value == "&") || gap is "-" or "'")
            {
                return true;
            }
        }

        if (first > 0)
        {
            var previous = tokens[first - 1];
            var gap = text.AsSpan(previous.End, tokens[first].Start - previous.End);
            if ((gap.Length == 0 && previous.Value == "&") || gap is "-")
            {
                return true;
            }
        }

        return false;
    }
}
