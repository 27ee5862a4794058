namespace MockInterview.Interviewing.Planning;

/// <summary>A question tag found in the job description and/or the resume.</summary>
/// <param name="Tag">The tag as the candidate's text writes it where it can ("Kafka"), else as the bank does.</param>
internal sealed record TagMatch(string Tag, bool InJobDescription, bool InResume, double Weight)
{
    /// <summary>"Chosen because the job description mentions Kafka and Spark." from the best one or two matches.</summary>
    public static string Rationale(IReadOnlyList<TagMatch> matches)
    {
        var best = matches[0];
        var second = matches.Skip(1).FirstOrDefault(m => m.InJobDescription == best.InJobDescription && m.InResume == best.InResume
            && !string.Equals(m.Tag, best.Tag, StringComparison.OrdinalIgnoreCase));
        var what = second is null ? best.Tag : best.Tag + " and " + second.Tag;
        var where = (best.InJobDescription, best.InResume) switch
        {
            (true, true) => "the job description and your resume mention",
            (true, false) => "the job description mentions",
            _ => "your resume mentions",
        };
        return $"Chosen because {where} {what}.";
    }
}
