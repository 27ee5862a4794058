using System.Globalization;
using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>Wording shared by the Markdown and HTML reports.</summary>
internal static class ReportFormatting
{
    public static string Score(double score) => score.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Mode(InterviewMode mode) => mode.ToString().ToLowerInvariant();

    public static string Duration(double seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Round(seconds));
        return span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }

    public static string Sources(IReadOnlyList<string> sources) => sources.Count == 0 ? "none" : string.Join(", ", sources);

    public static string Outcome(ReportQuestion question) => question.Outcome switch
    {
        "answered" => "Answered",
        "timedOut" => "Not answered in time",
        "skipped" => "Not answered (the interview was ended)",
        _ => question.Answer is null ? "Closing question, not answered (not scored)" : "Closing question (not scored)",
    };

    public static IEnumerable<KeyValuePair<string, double>> OrderedDimensions(IReadOnlyDictionary<string, double> dimensions) =>
        dimensions.OrderBy(d => Rank(d.Key)).ThenBy(d => d.Key, StringComparer.Ordinal);

    private static int Rank(string dimension)
    {
        for (var i = 0; i < ScoreDimensions.All.Count; i++)
        {
            if (ScoreDimensions.All[i] == dimension)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
