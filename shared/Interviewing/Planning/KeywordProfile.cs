using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Planning;

/// <summary>The words of a job description and a resume, matched against question tags.</summary>
internal sealed class KeywordProfile
{
    private readonly HashSet<string> _jobStems;
    private readonly HashSet<string> _resumeStems;

    public KeywordProfile(string? jobDescription, string? resume)
    {
        _jobStems = TextTokens.ContentStems(jobDescription ?? string.Empty);
        _resumeStems = TextTokens.ContentStems(resume ?? string.Empty);
    }

    public bool IsEmpty => _jobStems.Count == 0 && _resumeStems.Count == 0;

    /// <summary>Tags of <paramref name="question"/> found in the texts, best first, with a weight favouring rare tags
    /// (a tag on two questions says more than "communication" on forty) and the job description over the resume.</summary>
    public List<TagMatch> Match(BankQuestion question, IReadOnlyDictionary<string, int> tagFrequency)
    {
        var matches = new List<TagMatch>();
        foreach (var tag in question.Tags)
        {
            var stems = TextTokens.ContentStems(tag);
            if (stems.Count == 0)
            {
                continue;
            }

            var inJob = stems.All(_jobStems.Contains);
            var inResume = stems.All(_resumeStems.Contains);
            if (!inJob && !inResume)
            {
                continue;
            }

            var rarity = 1 / Math.Sqrt(Math.Max(1, tagFrequency.GetValueOrDefault(tag)));
            matches.Add(new TagMatch(tag, inJob, inResume, rarity * ((inJob ? 2 : 0) + (inResume ? 1 : 0))));
        }

        return matches.OrderByDescending(m => m.Weight).ThenBy(m => m.Tag, StringComparer.Ordinal).ToList();
    }
}
