using System.Text.RegularExpressions;
using MockInterview.Resumes.Profiles;
using MockInterview.Resumes.Skills;
using MockInterview.Resumes.Text;

namespace MockInterview.Resumes.Jobs;

/// <summary>
/// Reads the plain text of a job description into a <see cref="JobProfile"/>: required and nice-to-have skills
/// (from headings such as "Requirements" and "Nice to have" and from cues such as "a plus"), seniority with its
/// evidence, minimum years, responsibilities and other recurring terms. Deterministic; instructions in the text
/// are data.
/// </summary>
public static partial class JobDescriptionParser
{
    private const int EvidenceLength = 160;

    /// <summary>Parses a job description with the default skills taxonomy.</summary>
    public static JobProfile Parse(string text) => Parse(text, SkillMatcher.Default);

    /// <summary>Parses a job description with the given skill matcher.</summary>
    public static JobProfile Parse(string text, SkillMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matcher);
        var plain = PlainText.From(text);
        var warnings = plain.InitialWarnings();

        var lines = plain.Lines.ToList();
        var instructions = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (InstructionText.IsInstructionLike(lines[i]))
            {
                lines[i] = string.Empty;
                instructions++;
            }
        }

        if (instructions > 0)
        {
            warnings.Add($"{instructions} line(s) read like instructions to an AI; they were treated as data and ignored.");
        }

        var title = JobTitleReader.Find(lines);
        var required = new Dictionary<string, JobSkill>(StringComparer.Ordinal);
        var nice = new Dictionary<string, JobSkill>(StringComparer.Ordinal);
        var responsibilities = new List<string>();
        var keywordLines = new List<string>();
        var skillWords = new HashSet<string>(StringComparer.Ordinal);
        var requiredYears = new List<int>();
        var bodySeniority = default((Seniority Level, string Word)?);
        var section = JobSection.Intro;
        foreach (var raw in lines)
        {
            var line = raw;
            if (JobHeadings.TryMatch(line, out var heading, out var rest) && !Bullets.IsBullet(line))
            {
                section = heading;
                if (rest.Length == 0)
                {
                    continue;
                }

                line = rest;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var content = Bullets.Strip(line);
            if (section == JobSection.About)
            {
                continue;
            }

            keywordLines.Add(content);
            if (section == JobSection.Responsibilities || (section == JobSection.Intro && Bullets.IsBullet(line) && StartsWithVerb(content)))
            {
                if (content.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
                {
                    responsibilities.Add(content);
                }
            }

            foreach (var clause in Clauses(content))
            {
                var importance = JobCues.ImportanceOf(clause) ?? (section == JobSection.NiceToHave ? SkillImportance.NiceToHave : SkillImportance.Required);
                if (importance == SkillImportance.Required && section != JobSection.NiceToHave)
                {
                    requiredYears.AddRange(JobCues.Years(clause));
                }

                if (bodySeniority is null && !MentorPattern().IsMatch(clause) && JobCues.SeniorityIn(clause) is { Level: not Seniority.Lead } cue)
                {
                    bodySeniority = cue;
                }

                var kind = clause.Count(c => c == ',') >= 2 ? SkillTextKind.SkillsList : SkillTextKind.Prose;
                var mentions = matcher.Find(clause, kind);
                var groups = AlternativeGroups.Find(clause, mentions);
                for (var m = 0; m < mentions.Count; m++)
                {
                    var mention = mentions[m];
                    foreach (var word in mention.MatchedText.ToLowerInvariant().Split(' '))
                    {
                        skillWords.Add(word);
                    }

                    var alternatives = groups[m].Where(n => n != mention.Skill.Name).ToList();
                    var skill = new JobSkill(mention.Skill.Name, mention.Skill.Category, importance, Evidence(content), alternatives);
                    var target = importance == SkillImportance.Required ? required : nice;

                    // "Go or Rust" is one need: the first skill of the group carries the others as alternatives.
                    if (!alternatives.Any(target.ContainsKey))
                    {
                        target.TryAdd(skill.Name, skill);
                    }
                }
            }
        }

        foreach (var name in required.Keys)
        {
            nice.Remove(name);
        }

        var years = requiredYears.Count == 0 ? (int?)null : requiredYears.Max();
        var (seniority, evidence) = DecideSeniority(title, years, bodySeniority);
        if (required.Count == 0 && nice.Count == 0)
        {
            warnings.Add("No skills of the taxonomy were found in the job description.");
        }

        return new JobProfile(
            title,
            seniority,
            evidence,
            years,
            required.Values.ToList(),
            nice.Values.ToList(),
            responsibilities,
            JobKeywords.Find(keywordLines, skillWords),
            warnings);
    }

    private static (Seniority, string) DecideSeniority(string? title, int? years, (Seniority Level, string Word)? body)
    {
        if (title is not null && JobCues.SeniorityIn(title) is { } fromTitle)
        {
            return (fromTitle.Level, $"The title says \"{fromTitle.Word}\".");
        }

        if (years is { } y)
        {
            return (JobCues.SeniorityForYears(y), $"It asks for {y}+ years of experience.");
        }

        if (body is { } fromBody)
        {
            return (fromBody.Level, $"The text says \"{fromBody.Word}\".");
        }

        return (Seniority.Unknown, "Neither the title nor the text states a level or years of experience.");
    }

    private static IEnumerable<string> Clauses(string text) =>
        ClauseBreak().Split(text).Where(c => c.Trim().Length > 0);

    private static string Evidence(string line) => line.Length <= EvidenceLength ? line : line[..EvidenceLength] + "…";

    private static bool StartsWithVerb(string text) => ActionVerb().IsMatch(text);


    [GeneratedRegex(@"(?<=[.;!?])\s+|;|\s+but\s+|\s+—\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(mentor|mentoring|coach|coaching|support|supporting|train|training|grow|growing|hire|hiring|onboard)\w*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentorPattern();

    [GeneratedRegex(@"^(design|build|develop|own|lead|write|maintain|collaborate|work|partner|drive|create|implement|deliver|improve|support|mentor|ship|define|manage|analy[sz]e|run|operate|architect|review|test|deploy|monitor|coordinate|plan|research|help|participate|contribute|ensure|establish|champion)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActionVerb();
}
