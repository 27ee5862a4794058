using MockInterview.Interviewing.Analysis;

namespace MockInterview.Interviewing.Delivery;

/// <summary>Measures how an answer was spoken from its word timings: pace, pauses, thinking time, fillers, speaking
/// share and recognition confidence; and the same over all spoken answers of an interview.</summary>
/// <remarks>Timings are taken as they come and made consistent first: words are ordered by start, a word that starts
/// before the previous one ends starts where it ends (overlaps clamp), negative or non-finite times count as 0, and an
/// audio length shorter than the words (or 0) is taken to end with the last word.</remarks>
public static class DeliveryAnalyzer
{
    /// <summary>A silence between two words of at least this long is a pause (seconds): shorter gaps are breathing and
    /// the joins between words, which recognisers report as gaps of 0.1–0.3 s.</summary>
    public const double PauseSeconds = 0.5;

    /// <summary>A pause of at least this long is a long one (seconds): listeners notice it as hesitation.</summary>
    public const double LongPauseSeconds = 3;

    /// <summary>A word recognised with less confidence than this is a low-confidence word.</summary>
    public const double LowConfidence = 0.5;

    /// <summary>Below this mean confidence the transcript may be imperfect.</summary>
    public const double UncertainMeanConfidence = 0.6;

    /// <summary>Above this share of low-confidence words the transcript may be imperfect.</summary>
    public const double UncertainLowShare = 0.3;

    /// <summary>The delivery of one spoken answer.</summary>
    public static SpeechDelivery Analyze(SpokenAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var words = Normalize(answer.Words ?? []);
        var lastEnd = words.Count == 0 ? 0 : words[^1].End;
        var audio = Math.Max(Finite(answer.AudioSeconds), lastEnd);
        var pauses = Pauses(words);
        var speaking = words.Count == 0 ? 0 : Math.Max(0, lastEnd - words[0].Start - pauses.TotalSeconds);
        var text = string.IsNullOrWhiteSpace(answer.Text) ? string.Join(' ', words.Select(w => w.Text)) : answer.Text;
        var fillers = AnswerAnalyzer.Fillers(text);
        var fillerCount = fillers.Values.Sum();
        var confidence = words.Count == 0 ? 1 : words.Average(w => w.Confidence);
        var low = words.Count == 0 ? 0 : words.Count(w => w.Confidence < LowConfidence) / (double)words.Count;
        return new SpeechDelivery(
            words.Count,
            Round(audio),
            Round(speaking),
            Rate(words.Count, speaking),
            Rate(words.Count, audio),
            Round(words.Count == 0 ? audio : words[0].Start),
            pauses,
            fillerCount,
            fillers,
            Rate(fillerCount, speaking),
            audio > 0 ? Round(speaking / audio) : 0,
            Round(confidence),
            Round(low),
            answer.EndedBySilence,
            answer.Engine ?? string.Empty);
    }

    /// <summary>The delivery over all spoken answers; null when there are none (a typed interview has no delivery).</summary>
    public static InterviewDelivery? Aggregate(IEnumerable<SpeechDelivery> answers)
    {
        var all = answers.ToList();
        if (all.Count == 0)
        {
            return null;
        }

        var words = all.Sum(a => a.Words);
        var audio = all.Sum(a => a.AudioSeconds);
        var speaking = all.Sum(a => a.SpeakingSeconds);
        var fillerCount = all.Sum(a => a.FillerWords);
        var fillers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (filler, count) in all.SelectMany(a => a.Fillers))
        {
            fillers[filler] = fillers.GetValueOrDefault(filler) + count;
        }

        var pauses = new PauseStatistics(
            all.Sum(a => a.Pauses.Count),
            all.Max(a => a.Pauses.LongestSeconds),
            Round(all.Sum(a => a.Pauses.TotalSeconds)),
            all.Sum(a => a.Pauses.LongCount));
        return new InterviewDelivery(
            all.Count,
            words,
            Round(audio),
            Round(speaking),
            Rate(words, speaking),
            Rate(words, audio),
            Round(all.Average(a => a.TimeToFirstWordSeconds)),
            pauses,
            fillerCount,
            fillers,
            Rate(fillerCount, speaking),
            audio > 0 ? Round(speaking / audio) : 0,
            words == 0 ? 1 : Round(all.Sum(a => a.MeanConfidence * a.Words) / words),
            words == 0 ? 0 : Round(all.Sum(a => a.LowConfidenceShare * a.Words) / words));
    }

    private static List<TimedWord> Normalize(IReadOnlyList<SpokenWord> spoken)
    {
        var ordered = spoken
            .Where(w => w is not null && !string.IsNullOrWhiteSpace(w.Text))
            .Select(w => new TimedWord(w.Text.Trim(), Finite(w.StartSeconds), Finite(w.EndSeconds), Math.Clamp(Finite(w.Confidence), 0, 1)))
            .OrderBy(w => w.Start)
            .ToList();
        var previousEnd = 0.0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var start = Math.Max(ordered[i].Start, i == 0 ? 0 : previousEnd);
            var end = Math.Max(ordered[i].End, start);
            ordered[i] = ordered[i] with { Start = start, End = end };
            previousEnd = end;
        }

        return ordered;
    }

    private static PauseStatistics Pauses(List<TimedWord> words)
    {
        int count = 0, longCount = 0;
        double longest = 0, total = 0;
        for (var i = 1; i < words.Count; i++)
        {
            var gap = words[i].Start - words[i - 1].End;
            if (gap >= PauseSeconds)
            {
                count++;
                longCount += gap >= LongPauseSeconds ? 1 : 0;
                longest = Math.Max(longest, gap);
                total += gap;
            }
        }

        return count == 0 ? PauseStatistics.None : new PauseStatistics(count, Round(longest), Round(total), longCount);
    }

    private static double Rate(int count, double seconds) => seconds > 0 ? Math.Round(count * 60 / seconds, 1) : 0;

    private static double Finite(double value) => double.IsFinite(value) && value > 0 ? value : 0;

    private static double Round(double value) => Math.Round(value, 2);

    private readonly record struct TimedWord(string Text, double Start, double End, double Confidence);
}
