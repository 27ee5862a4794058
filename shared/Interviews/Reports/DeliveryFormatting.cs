using System.Globalization;
using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviews;

/// <summary>The delivery and voice lines of a report, as plain text; each renderer escapes them its own way.</summary>
internal static class DeliveryFormatting
{
    /// <summary>How an answer of a voice interview was given; null in a text interview.</summary>
    public static string? AnsweredBy(ReportQuestion q) => q.AnsweredBy switch
    {
        Interviews.AnsweredBy.Spoken => "Spoken",
        Interviews.AnsweredBy.TypedWhileVoiceDown => "Typed because voice was unavailable",
        Interviews.AnsweredBy.Typed => "Typed (voice was available)",
        _ => null,
    };

    /// <summary>One line on a spoken answer's delivery.</summary>
    public static string Answer(SpeechDelivery d) => string.Join("; ",
        $"pace {Number(d.WordsPerMinute)} words per minute while speaking ({Number(d.OverallWordsPerMinute)} over the whole answer)",
        Pauses(d.Pauses),
        $"{Number(d.TimeToFirstWordSeconds)} s before the first word",
        $"{d.FillerWords} filler{(d.FillerWords == 1 ? "" : "s")} ({Number(d.FillersPerMinute)} a minute)",
        $"speaking {Percent(d.SpeakingShare)} of the time",
        $"recognition confidence {Confidence(d.MeanConfidence)}") + (d.EndedBySilence ? "; ended by silence" : "");

    /// <summary>The lines of the interview's delivery section.</summary>
    public static IEnumerable<string> Interview(InterviewDelivery d)
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"Spoken answers: {d.SpokenAnswers}, {d.Words} words, {Duration(d.AudioSeconds)} of audio");
        yield return string.Create(CultureInfo.InvariantCulture, $"Pace: {Number(d.WordsPerMinute)} words per minute while speaking ({Number(d.OverallWordsPerMinute)} over whole answers); 110–170 is natural");
        yield return string.Create(CultureInfo.InvariantCulture, $"Pauses: {Pauses(d.Pauses)}; {Number(d.MeanTimeToFirstWordSeconds)} s before the first word on average");
        var top = d.Fillers.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Take(5).Select(f => (f.Key, f.Value));
        yield return $"Filler words: {d.FillerWords}, {Number(d.FillersPerMinute)} a minute (up to 2 is natural)"
            + (d.Fillers.Count == 0 ? "" : "; most used: " + ReportFormatting.Fillers(top));
        yield return string.Create(CultureInfo.InvariantCulture, $"Speaking time: {Percent(d.SpeakingShare)} of the answer time");
        var caveat = d.LowConfidenceShare > DeliveryAnalyzer.UncertainLowShare || d.MeanConfidence < DeliveryAnalyzer.UncertainMeanConfidence
            ? "; the transcripts may be imperfect, so feedback on the spoken answers is less certain (this does not lower the scores)"
            : "";
        yield return string.Create(CultureInfo.InvariantCulture, $"Recognition confidence: {Confidence(d.MeanConfidence)} on average, {Percent(d.LowConfidenceShare)} of words low{caveat}");
    }

    /// <summary>The lines on voice availability and typed answers of a voice interview.</summary>
    public static IEnumerable<string> Voice(ReportVoice v)
    {
        if (v.Outages.Count == 0)
        {
            yield return "Voice was available throughout.";
        }

        foreach (var outage in v.Outages)
        {
            var until = outage.Until is { } end ? $"to {Time(end)}" : "to the end of the interview";
            yield return $"Voice was unavailable from {Time(outage.From)} {until} ({outage.Reason})";
        }

        if (v.TypedWhileVoiceDown.Count > 0)
        {
            yield return $"Typed because voice was unavailable: question{(v.TypedWhileVoiceDown.Count == 1 ? "" : "s")} {string.Join(", ", v.TypedWhileVoiceDown)}";
        }

        if (v.TypedByChoice.Count > 0)
        {
            yield return $"Typed while voice was available: question{(v.TypedByChoice.Count == 1 ? "" : "s")} {string.Join(", ", v.TypedByChoice)}";
        }
    }

    private static string Pauses(PauseStatistics p) => p.Count == 0
        ? "no pauses"
        : string.Create(CultureInfo.InvariantCulture, $"{p.Count} pause{(p.Count == 1 ? "" : "s")} (longest {Number(p.LongestSeconds)} s, {p.LongCount} of {DeliveryAnalyzer.LongPauseSeconds:0} s or more)");

    private static string Number(double value) => ReportFormatting.Number(value);

    private static string Percent(double share) => Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Confidence(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Duration(double seconds) => ReportFormatting.Duration(seconds);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
}
