using System.Globalization;

namespace MockInterview.Benchmarks.Voice;

/// <summary>Prints the voice turn figures as markdown, and reads the app's <c>Server-Timing</c> header.</summary>
internal static class VoiceTurnReport
{
    /// <summary>The phases named in a <c>Server-Timing</c> header, in milliseconds.</summary>
    public static Dictionary<string, double> ParseServerTiming(HttpResponseMessage response)
    {
        var phases = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!response.Headers.TryGetValues("Server-Timing", out var values))
        {
            return phases;
        }

        foreach (var entry in values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var parts = entry.Split(';', StringSplitOptions.TrimEntries);
            var duration = parts.Skip(1).FirstOrDefault(p => p.StartsWith("dur=", StringComparison.Ordinal));
            if (duration is not null && double.TryParse(duration[4..], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
            {
                phases[parts[0]] = ms;
            }
        }

        return phases;
    }

    /// <summary>Prints p50/p95 of the turn and each phase.</summary>
    public static void Print(IReadOnlyList<VoiceTurnTiming> turns, int interviews, double targetP50)
    {
        Console.WriteLine();
        Console.WriteLine($"{turns.Count} measured turns over {interviews} interviews; question audio from the cache in {turns.Count(t => t.CacheHit)} of them.");
        Console.WriteLine();
        Console.WriteLine("| phase | p50 ms | p95 ms | max ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Row("upload + store + queue + result back", turns.Select(t => t.UploadAndQueue));
        Row("speech-to-text (worker, decode included)", turns.Select(t => t.Stt));
        Row("answer processing (analytics, scoring, event)", turns.Select(t => t.Answer));
        Row("next question shown", turns.Select(t => t.NextQuestion));
        Row("next question audio (TTS or cache hit)", turns.Select(t => t.Audio));
        Row("  of which TTS (cache misses)", turns.Where(t => !t.CacheHit).Select(t => t.Audio));
        Row("  of which cache hits", turns.Where(t => t.CacheHit).Select(t => t.Audio));
        Row("**voice turn**", turns.Select(t => t.Total));
        var total = new Percentiles(turns.Select(t => t.Total));
        var audio = turns.Sum(t => t.AnswerSeconds);
        var stt = turns.Sum(t => t.Stt) / 1000;
        Console.WriteLine();
        Console.WriteLine($"Speech-to-text real-time factor over the turns: {(audio > 0 ? stt / audio : double.NaN):0.000} ({stt:0.0} s for {audio:0.0} s of audio).");
        Console.WriteLine($"Target p50 <= {targetP50:0} ms: {(total.P50 <= targetP50 ? "met" : "missed")} (p50 {total.P50:0} ms, p95 {total.P95:0} ms).");
    }

    private static void Row(string name, IEnumerable<double> values)
    {
        var p = new Percentiles(values);
        Console.WriteLine(p.Count == 0
            ? $"| {name} | – | – | – |"
            : $"| {name} | {p.P50:0} | {p.P95:0} | {p.Max:0} |");
    }
}
