using System.Globalization;
using MockInterview.Resumes.Jobs;
using MockInterview.Resumes.Profiles;
using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Scoring;

/// <summary>
/// Scores a resume from 0 to 100 against a job description (or, without one, as a general resume-quality score)
/// with deterministic rules. Every component says how it earned its points; missing keywords and suggestions say
/// what to change. Skills only listed count less than skills shown in experience, and a keyword-stuffed resume is
/// capped.
/// </summary>
public static class AtsScorer
{
    private const int MaxSuggestions = 10;

    // With a job description, the resume-quality components count in proportion to how much of the job the resume
    // covers: from 40% (none of the required skills) to 100% (half of them or more), so that a polished resume for
    // another job does not outscore a rougher one for this job.
    private const double QualityFloor = 0.4;
    private const double CoverageForFullQuality = 0.5;

    /// <summary>Scores a parsed resume against a parsed job description, or on its own when <paramref name="job"/> is null.</summary>
    public static AtsScore Score(ResumeProfile resume, JobProfile? job)
    {
        ArgumentNullException.ThrowIfNull(resume);
        var taxonomy = SkillTaxonomy.Default;
        var stuffing = KeywordStuffing.Check(resume);
        var evidence = new ResumeEvidence(resume, taxonomy, stuffing.IsStuffed ? AtsWeights.ListedOnlyWhenStuffed : AtsWeights.ListedOnly);
        var missing = new List<string>();
        var matched = new List<string>();
        var results = new List<ComponentResult>();
        if (job is not null)
        {
            if (job.RequiredSkills.Count > 0)
            {
                results.Add(SkillCoverage.Evaluate(AtsComponentKind.RequiredSkills, job.RequiredSkills, evidence, missing, matched));
            }

            if (job.NiceToHaveSkills.Count > 0)
            {
                results.Add(SkillCoverage.Evaluate(AtsComponentKind.NiceToHaveSkills, job.NiceToHaveSkills, evidence, missing, matched));
            }

            if (job.RequiredSkills.Count == 0 && job.NiceToHaveSkills.Count == 0)
            {
                results.Add(WorkEvidence.Evaluate(resume, stuffing));
            }

            results.Add(ExperienceFit.Evaluate(resume, job, taxonomy));
        }
        else
        {
            results.Add(WorkEvidence.Evaluate(resume, stuffing));
            results.Add(ExperienceDetail.Evaluate(resume));
        }

        var quality = new[] { SectionCompleteness.Evaluate(resume), QuantifiedAchievements.Evaluate(resume), FormattingRisks.Evaluate(resume) };
        var factor = QualityFactor(results);
        results.AddRange(factor >= 1 ? quality : quality.Select(q => q with
        {
            Fraction = Math.Clamp(q.Fraction, 0, 1) * factor,
            Explanation = q.Explanation + $" Counted at {Math.Round(factor * 100)}% because the resume shows few of the job's required skills.",
        }));

        // The weights of the components that apply are scaled to add up to 100.
        var scale = 100 / results.Sum(r => AtsWeights.Of(r.Kind));
        var components = results
            .Select(r => new AtsComponent(
                r.Kind,
                AtsWeights.NameOf(r.Kind),
                Math.Round(AtsWeights.Of(r.Kind) * scale, 1),
                Math.Round(Math.Clamp(r.Fraction, 0, 1) * AtsWeights.Of(r.Kind) * scale, 1),
                r.Explanation))
            .ToList();
        var total = (int)Math.Round(results.Sum(r => Math.Clamp(r.Fraction, 0, 1) * AtsWeights.Of(r.Kind) * scale), MidpointRounding.AwayFromZero);
        string? cap = null;
        if (stuffing.IsStuffed && total > KeywordStuffing.Cap)
        {
            total = KeywordStuffing.Cap;
            cap = stuffing.CapReason;
        }

        return new AtsScore(total, job is not null, components, missing, matched, Suggestions(results, stuffing, scale), cap, Summarise(total, job, components));
    }

    /// <summary>Parses and scores in one call: the resume text, and the job description text when there is one.</summary>
    /// <param name="resumeText">The resume as plain text.</param>
    /// <param name="jobDescriptionText">The job description as plain text, or null (or blank) for the general score.</param>
    /// <param name="asOf">The date that "Present" means in the resume.</param>
    public static AtsScore Score(string resumeText, string? jobDescriptionText, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(resumeText);
        var job = string.IsNullOrWhiteSpace(jobDescriptionText) ? null : JobDescriptionParser.Parse(jobDescriptionText);
        return Score(ResumeParser.Parse(resumeText, asOf), job);
    }

    private static double QualityFactor(List<ComponentResult> results)
    {
        var required = results.FirstOrDefault(r => r.Kind == AtsComponentKind.RequiredSkills);
        return required is null ? 1 : QualityFloor + ((1 - QualityFloor) * Math.Min(1, required.Fraction / CoverageForFullQuality));
    }

    // The components that lost the most points speak first; stuffing, when found, before everything.
    private static List<string> Suggestions(List<ComponentResult> results, KeywordStuffing stuffing, double scale)
    {
        var ordered = results
            .Select((r, index) => (r, index, Lost: (1 - Math.Clamp(r.Fraction, 0, 1)) * AtsWeights.Of(r.Kind) * scale))
            .Where(x => x.Lost > 0.05)
            .OrderByDescending(x => Math.Round(x.Lost, 3))
            .ThenBy(x => x.index)
            .SelectMany(x => x.r.Suggestions);
        var suggestions = new List<string>();
        if (stuffing.IsStuffed)
        {
            suggestions.Add(stuffing.Suggestion);
        }

        foreach (var suggestion in ordered)
        {
            if (suggestions.Count < MaxSuggestions && !suggestions.Contains(suggestion))
            {
                suggestions.Add(suggestion);
            }
        }

        return suggestions;
    }

    private static string Summarise(int total, JobProfile? job, List<AtsComponent> components)
    {
        var ranked = components.OrderByDescending(c => c.Points / c.Weight).ThenBy(c => c.Kind).ToList();
        var strongest = ranked[0].Name.ToLower(CultureInfo.InvariantCulture);
        var weakest = ranked[^1].Name.ToLower(CultureInfo.InvariantCulture);
        var against = job is null ? "as a general resume-quality score" : job.Title is null ? "against the job description" : $"against \"{job.Title}\"";
        return $"Scores {total}/100 {against}: strongest on {strongest}, weakest on {weakest}.";
    }
}
