using System.Globalization;
using MockInterview.Resumes.Jobs;
using MockInterview.Resumes.Profiles;
using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Scoring;

/// <summary>
/// Relevant years of experience against the minimum asked (70%) and seniority against the level asked (30%).
/// A role is relevant when it shows one of the job's technical skills (directly or through a related skill), so
/// nine years as a pastry chef are not nine years towards a backend job.
/// </summary>
internal static class ExperienceFit
{
    private const double YearsShare = 0.7;

    public static ComponentResult Evaluate(ResumeProfile profile, JobProfile job, SkillTaxonomy taxonomy)
    {
        var suggestions = new List<string>();
        var relevant = RelevantEntries(profile, job, taxonomy);
        var relevantYears = Math.Round(ResumeParser.MergedMonths(relevant.Where(e => e.Start is not null && e.Months > 0).Select(Span)) / 12.0, 1);
        var yearsText = Format(relevantYears);
        var inAll = relevant.Count == profile.Experience.Count ? string.Empty : $" ({Format(profile.YearsOfExperience)} in all)";
        double yearsFit;
        string yearsSentence;
        if (job.MinimumYears is not { } minimum || minimum == 0)
        {
            // No years asked: relevant roles meet it; relevant projects nearly (students, career changers).
            var relevantProjects = RelevantProjects(profile, job, taxonomy);
            yearsFit = relevant.Count > 0 ? 1 : relevantProjects > 0 ? 0.7 : profile.Experience.Count > 0 ? 0.3 : 0;
            yearsSentence = relevant.Count == 0 && relevantProjects > 0
                ? $"The job states no minimum years and the resume shows {relevantProjects} relevant project(s) but no relevant role"
                : $"The job states no minimum years and the resume shows {yearsText} relevant years{inAll}";
        }
        else
        {
            yearsFit = Math.Clamp(relevantYears / minimum, 0, 1);
            yearsSentence = $"Shows {yearsText} relevant years{inAll} against the {minimum}+ asked";
            if (relevantYears < minimum)
            {
                suggestions.Add(profile.Experience.Any(e => e.Start is null)
                    ? $"Add start and end dates to every role: the job asks for {minimum}+ years and only {yearsText} relevant years could be counted."
                    : $"The job asks for {minimum}+ years and the resume shows {yearsText} relevant years: name the job's skills in the roles where you used them.");
            }
        }

        var (level, levelSource) = ResumeLevel(relevant, relevantYears);
        double levelFit;
        string levelSentence;
        if (job.Seniority == Seniority.Unknown)
        {
            levelFit = 1;
            levelSentence = "no level is asked";
        }
        else if (job.Seniority == Seniority.Junior)
        {
            levelFit = 1;
            levelSentence = "the junior level asked needs no earlier level";
        }
        else if (level == Seniority.Unknown)
        {
            levelFit = 0;
            levelSentence = $"no relevant role shows the {Describe(job.Seniority)} level asked";
        }
        else
        {
            var gap = (int)job.Seniority - (int)level;
            levelFit = gap <= 0 ? 1 : gap == 1 ? 0.5 : 0;
            levelSentence = $"{levelSource} {(gap <= 0 ? "meets" : "is below")} the {Describe(job.Seniority)} level asked";
            if (gap > 0)
            {
                suggestions.Add($"Show {Describe(job.Seniority)}-level scope (ownership, leading work, mentoring) in your latest role: the job asks for that level.");
            }
        }

        var fraction = (YearsShare * yearsFit) + ((1 - YearsShare) * levelFit);
        return new ComponentResult(AtsComponentKind.ExperienceMatch, fraction, $"{yearsSentence}, and {levelSentence}.", suggestions);
    }

    /// <summary>Roles that show a technical skill of the job (or any of its skills, or a word of its title).</summary>
    internal static List<ExperienceEntry> RelevantEntries(ResumeProfile profile, JobProfile job, SkillTaxonomy taxonomy)
    {
        var names = job.AllSkills.SelectMany(s => s.Alternatives.Prepend(s.Name)).ToList();
        var technical = names.Where(n => taxonomy.Get(n) is { IsTechnical: true }).ToHashSet(StringComparer.Ordinal);
        var wanted = technical.Count > 0 ? technical : names.ToHashSet(StringComparer.Ordinal);
        if (wanted.Count > 0)
        {
            return profile.Experience.Where(e => ResumeEvidence.Covers(e.Skills, wanted, taxonomy)).ToList();
        }

        var titleWords = TitleWordsOf(job.Title);
        return titleWords.Count == 0
            ? profile.Experience.ToList()
            : profile.Experience.Where(e => TitleWordsOf(e.Title).Overlaps(titleWords)).ToList();
    }

    private static int RelevantProjects(ResumeProfile profile, JobProfile job, SkillTaxonomy taxonomy)
    {
        var wanted = job.AllSkills.SelectMany(s => s.Alternatives.Prepend(s.Name)).Where(n => taxonomy.Get(n) is { IsTechnical: true }).ToHashSet(StringComparer.Ordinal);
        return wanted.Count == 0 ? 0 : profile.Projects.Count(p => ResumeEvidence.Covers(p.Skills, wanted, taxonomy));
    }

    private static (Seniority Level, string Source) ResumeLevel(List<ExperienceEntry> relevant, double relevantYears)
    {
        var latest = relevant
            .Where(e => e.Title is not null)
            .OrderByDescending(e => e.IsCurrent)
            .ThenByDescending(e => e.Start ?? DateOnly.MinValue)
            .FirstOrDefault();
        if (latest?.Title is { } title && JobCues.SeniorityIn(title) is { } cue)
        {
            return (cue.Level, $"the latest relevant title ({title})");
        }

        return relevantYears > 0
            ? (JobCues.SeniorityForYears((int)relevantYears), $"{Format(relevantYears)} relevant years")
            : (Seniority.Unknown, "the resume");
    }

    private static (int First, int Last) Span(ExperienceEntry entry)
    {
        var first = (entry.Start!.Value.Year * 12) + entry.Start.Value.Month - 1;
        return (first, first + entry.Months - 1);
    }

    private static HashSet<string> TitleWordsOf(string? title) =>
        (title ?? string.Empty).ToLowerInvariant()
            .Split([' ', ',', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && JobCues.SeniorityIn(w) is null)
            .ToHashSet(StringComparer.Ordinal);

    private static string Format(double years) => years.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Describe(Seniority level) => level.ToString().ToLowerInvariant();
}
