using System.Text;
using System.Text.RegularExpressions;
using MockInterview.Interviewing.Bank;
using MockInterview.Resumes.Profiles;

namespace MockInterview.Interviewing.Planning;

/// <summary>A deep-dive question on the strongest project of the resume (the most skills, then measured results),
/// worded from the project's name and judged by the rubric of the bank's end-to-end ownership question.</summary>
/// <remarks>The question's id is its own ("project-ledger-service-deep-dive"): stable for the same resume, unique in the
/// plan, never a follow-up's form. It carries its rubric points, so the scorer judges answers by them and the follow-up
/// rules probe the points an answer missed.</remarks>
internal static partial class ProjectDeepDive
{
    /// <summary>Bank questions whose rubric fits any project story (idea, stages, decisions, results), best first.</summary>
    public static readonly IReadOnlyList<string> RubricSources = ["beh-ownership-003", "beh-ownership-107", "beh-ownership-001"];

    /// <summary>Longest project name quoted in the question.</summary>
    public const int MaxNameLength = 80;

    private const int MaxSlugLength = 40;

    /// <summary>The bank question whose rubric project deep dives borrow; null when the bank has none of them.</summary>
    public static BankQuestion? RubricSource(QuestionBank bank) =>
        RubricSources.Select(bank.Find).FirstOrDefault(q => q is not null);

    /// <summary>The deep dive on the resume's strongest project, or null without a project worth asking about.</summary>
    public static PlannedQuestion? For(QuestionBank bank, ResumeProfile? resume)
    {
        if (resume is null || RubricSource(bank) is not { } source)
        {
            return null;
        }

        var best = resume.Projects
            .Select((project, index) => (project, index, name: ResumeWords.Clip(project.Name, MaxNameLength), measured: project.Lines.Count(IsMeasured)))
            .Where(p => p.name is not null && (p.project.Skills.Count > 0 || p.project.Lines.Count > 0))
            .OrderByDescending(p => p.project.Skills.Count + (2 * Math.Min(3, p.measured)))
            .ThenBy(p => p.index)
            .FirstOrDefault();
        if (best.project is null)
        {
            return null;
        }

        var name = best.name!;
        var text = $"Walk me through your project \"{name}\": what problem it solved, what you built yourself, the key decisions and trade-offs you made, and the results.";
        return new PlannedQuestion(source, Why(name, best.project, best.measured, resume.Projects.Count)) { CustomId = IdFor(name), CustomText = text };
    }

    /// <summary>"project-ledger-service-deep-dive": lower-case ASCII words of the name; a hash of it when it has none.</summary>
    public static string IdFor(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= MaxSlugLength)
            {
                break;
            }
        }

        var words = slug.ToString().Trim('-');
        return $"project-{(words.Length > 0 ? words : SeededRandom.Hash(name).ToString("x16")[..8])}-deep-dive";
    }

    private static string Why(string name, ProjectEntry project, int measured, int projects)
    {
        var skills = project.Skills.Take(3).ToList();
        var named = skills.Count switch
        {
            0 => null,
            1 => skills[0],
            _ => string.Join(", ", skills.SkipLast(1)) + " and " + skills[^1],
        };
        var strongest = projects > 1 ? "the strongest project on your resume" : "the project on your resume";
        var reason = (named, measured) switch
        {
            ({ } n, > 0) => $"it uses {n} and reports measured results",
            ({ } n, _) => $"it uses {n}",
            (null, > 0) => "it reports measured results",
            _ => "it is the one you describe",
        };
        return $"A deep dive into \"{name}\", {strongest}: {reason}. Your own part, decisions and results are what count.";
    }

    /// <summary>A line with a result in numbers: a percentage, a multiple, money, a time, or a count of something.</summary>
    internal static bool IsMeasured(string line) => Measured().IsMatch(line);

    [GeneratedRegex(@"\d+(?:[.,]\d+)*\s?(?:(?:thousand|million|billion)\s)?(?:%|percent|x\b|×|k\b|m\b|ms\b|s\b|sec|seconds?|minutes?|hours?|days?|weeks?|users?|customers?|clients?|requests?|rps|qps|tps|transactions?|events?|orders?|downloads?|stars?|records?|rows?|queries|jobs?|services?|teams?|engineers?|people|gb|tb|mb)|[$€£]\s?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Measured();
}
