using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviewing.Scoring;

/// <summary>How a spoken answer's delivery moves its communication score, and why. Recognition confidence never does:
/// a recogniser that was unsure says nothing about the candidate, only about how far the transcript can be trusted.</summary>
/// <remarks>
/// Bands (applied to the communication dimension, 0–10):
/// pace while speaking, judged from 20 words and 10 s of speech: 110–170 words per minute is natural (no change),
/// 90–110 or 170–200 costs 1, slower than 90 or faster than 200 costs 2;
/// pauses (gaps of at least <see cref="DeliveryAnalyzer.PauseSeconds"/> s): a pause of 6 s or more costs 1.5, else two
/// or more of at least <see cref="DeliveryAnalyzer.LongPauseSeconds"/> s cost 1; more than 15 pauses per minute costs 1;
/// fillers per minute of speech: up to 2 is natural, each one above costs 0.6, at most 5 (this replaces the typed
/// answer's per-100-words rule).
/// </remarks>
internal static class DeliveryBands
{
    public const double NaturalPaceLow = 110;
    public const double NaturalPaceHigh = 170;
    public const double VerySlowPace = 90;
    public const double VeryFastPace = 200;
    public const int PaceMinimumWords = 20;
    public const double PaceMinimumSeconds = 10;
    public const double VeryLongPauseSeconds = 6;
    public const double ManyPausesPerMinute = 15;
    public const double NaturalFillersPerMinute = 2;

    /// <summary>True when there is enough speech to judge the pace.</summary>
    public static bool PaceJudged(SpeechDelivery d) => d.Words >= PaceMinimumWords && d.SpeakingSeconds >= PaceMinimumSeconds;

    public static double PacePenalty(SpeechDelivery d) => !PaceJudged(d) ? 0 : d.WordsPerMinute switch
    {
        < VerySlowPace => 2,
        < NaturalPaceLow => 1,
        <= NaturalPaceHigh => 0,
        <= VeryFastPace => 1,
        _ => 2,
    };

    public static double PausePenalty(SpeechDelivery d) =>
        (d.Pauses.LongestSeconds >= VeryLongPauseSeconds ? 1.5 : d.Pauses.LongCount >= 2 ? 1 : 0)
        + (PausesPerMinute(d) > ManyPausesPerMinute ? 1 : 0);

    public static double FillerPenalty(SpeechDelivery d) => Math.Min(5, Math.Max(0, d.FillersPerMinute - NaturalFillersPerMinute) * 0.6);

    /// <summary>Pauses per minute of the time from the first word to the last.</summary>
    public static double PausesPerMinute(SpeechDelivery d)
    {
        var span = d.SpeakingSeconds + d.Pauses.TotalSeconds;
        return span >= PaceMinimumSeconds ? d.Pauses.Count * 60 / span : 0;
    }

    /// <summary>Sentences that explain the delivery's effect on the score, in the order pace, pauses, fillers.</summary>
    public static IEnumerable<string> Reasons(SpeechDelivery d)
    {
        if (PaceJudged(d))
        {
            var wpm = Math.Round(d.WordsPerMinute);
            yield return d.WordsPerMinute switch
            {
                < NaturalPaceLow => $"You spoke at about {wpm:0} words per minute, slower than the natural 110–170; keep the answer moving so the listener stays with you.",
                > NaturalPaceHigh => $"You spoke at about {wpm:0} words per minute, faster than the natural 110–170; slow down so each point lands.",
                _ => $"You spoke at about {wpm:0} words per minute, a natural pace (110–170).",
            };
        }

        if (d.Pauses.LongestSeconds >= VeryLongPauseSeconds)
        {
            yield return $"You paused for {d.Pauses.LongestSeconds:0.#} seconds in the middle of the answer; if you need time, say so (\"let me think for a moment\") and then go on.";
        }
        else if (d.Pauses.LongCount >= 2)
        {
            yield return $"You paused for {DeliveryAnalyzer.LongPauseSeconds:0} seconds or more {d.Pauses.LongCount} times; plan the outline before you start so the answer flows.";
        }

        if (PausesPerMinute(d) > ManyPausesPerMinute)
        {
            yield return $"The answer was broken up by many pauses ({d.Pauses.Count}); try to speak in whole sentences.";
        }

        if (d.FillersPerMinute > NaturalFillersPerMinute && d.FillerWords >= 2)
        {
            var list = string.Join(", ", d.Fillers.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(3).Select(kv => $"\"{kv.Key}\" ×{kv.Value}"));
            yield return $"You used about {d.FillersPerMinute:0.#} filler words a minute ({list}); up to 2 is natural, and a short silent pause sounds more confident.";
        }
    }

    /// <summary>The caveat of an evaluation of a transcript the recogniser was unsure of; null when it was sure enough.</summary>
    public static string? Caveat(SpeechDelivery d) => d.TranscriptUncertain
        ? $"The transcript may be imperfect: speech recognition was unsure of {d.LowConfidenceShare:P0} of the words, so this feedback is less certain than usual. Recognition confidence does not lower your score."
        : null;
}
