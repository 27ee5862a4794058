using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Profiles;

/// <summary>The text of a skills section to match skills in, without the labels of its groups.</summary>
internal static class SkillsSectionText
{
    private static readonly HashSet<string> SkillGroupWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "languages", "language", "frameworks", "libraries", "tools", "tooling", "databases", "data", "cloud", "devops",
        "platforms", "technologies", "technical", "testing", "methods", "methodologies", "practices", "soft", "hard",
        "other", "infrastructure", "web", "mobile", "backend", "frontend", "design", "management", "systems", "os",
        "software", "skills", "core", "programming", "ml", "ai", "analytics", "security", "office", "business",
    };

    // Group labels of a skills section ("Cloud & DevOps:", "Languages:") name groups, not skills of the candidate;
    // "Python: advanced" names a skill and stays.
    public static string Of(List<string> lines, SkillMatcher matcher) =>
        string.Join('\n', lines.Select(line =>
        {
            var colon = line.IndexOf(':');
            if (colon <= 0 || colon >= 40)
            {
                return line;
            }

            var label = line[..colon];
            var words = label.Split([' ', '&', '/', ',', '•', '-'], StringSplitOptions.RemoveEmptyEntries);
            var isGroup = words.Length <= 4 && (words.Any(w => SkillGroupWords.Contains(w)) || matcher.Find(label, SkillTextKind.SkillsList).Count == 0);
            return isGroup ? line[(colon + 1)..] : line;
        }));
}
