using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Planning;

/// <summary>A question tag found in the job description and/or the resume.</summary>
internal sealed record TagMatch(string Tag, bool InJobDescription, bool InResume, double Weight)
{
    public string Rationale(string category)
    {
        var where = (InJobDescription, InResume) switch
        {
            (true, true) => "the job description and your resume mention it",
            (true, false) => "the job description mentions it",
            _ => "your resume mentions it",
        };
        var what = category == QuestionCategories.Behavioral ? "Explores" : "Asks about";
        return $"{what} {Tag} because {where}.";
    }
}
