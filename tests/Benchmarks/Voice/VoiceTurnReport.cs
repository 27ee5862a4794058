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

    /// <summary>Prints p50/p95/p99/mean of the turn and each phase, the pieces, the tail and the real-time factor.</summary>
    public static void Print(IReadOnlyList<VoiceTurnTiming> turns, int interviews, bool whole, double targetP50)
    {
        var hits = turns.Count(t => t.CacheHit);
        Console.WriteLine();
        Console.WriteLine($"{turns.Count} measured turns over {interviews} interviews; next question audio from the cache in {hits} of them " +
            $"({(turns.Count == 0 ? 0 : 100.0 * hits / turns.Count):0}%).");
        Console.WriteLine();
        Console.WriteLine("| phase | p50 ms | p95 ms | p99 ms | mean ms | max ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        if (!whole)
        {
            Row("pieces still in flight at the end of the answer (their tokens)", turns.Select(t => t.PiecesWait));
        }

        Row($"{(whole ? "upload" : "tail upload")} + store + queue + result back", turns.Select(t => t.UploadAndQueue));
        Row($"speech-to-text of the {(whole ? "whole answer" : "tail")} (worker, decoding included)", turns.Select(t => t.Stt));
        Row("answer processing (merge, analytics, scoring, event)", turns.Select(t => t.Answer));
        Row("next question shown", turns.Select(t => t.NextQuestion));
        Row($"next question audio (all; {hits} of {turns.Count} cache hits)", turns.Select(t => t.Audio));
        Row("  of which cache misses (synthesis)", turns.Where(t => !t.CacheHit).Select(t => t.Audio));
        Row("  of which cache hits", turns.Where(t => t.CacheHit).Select(t => t.Audio));
        Row("**voice turn**", turns.Select(t => t.Total));

        Console.WriteLine();
        var answers = new Percentiles(turns.Select(t => t.AnswerSeconds));
        var tails = new Percentiles(turns.Select(t => t.TailSeconds));
        Console.WriteLine($"Answers: p50 {answers.P50:0.0} s, max {answers.Max:0.0} s. " + (whole
            ? $"Uploaded whole: p50 {tails.P50:0.0} s, p95 {tails.P95:0.0} s of audio after the answer ends."
            : $"Pieces per answer: p50 {new Percentiles(turns.Select(t => (double)t.Pieces)).P50:0}, p95 {new Percentiles(turns.Select(t => (double)t.Pieces)).P95:0}; " +
              $"the tail (left to transcribe when the answer ends): p50 {tails.P50:0.00} s, p95 {tails.P95:0.00} s."));
        var finalSeconds = turns.Sum(t => t.TailSeconds);
        var finalStt = turns.Sum(t => t.Stt) / 1000;
        Console.WriteLine($"Speech-to-text real-time factor of the {(whole ? "whole answers" : "tails")}: {Ratio(finalStt, finalSeconds)} ({finalStt:0.0} s for {finalSeconds:0.0} s of audio).");
        if (!whole)
        {
            var pieceSeconds = turns.Sum(t => t.PiecesSeconds);
            var pieceStt = turns.Sum(t => t.PiecesStt) / 1000;
            Console.WriteLine(double.IsNaN(pieceStt)
                ? "Speech-to-text real-time factor of the pieces: not reported (the piece responses carry no Server-Timing stt)."
                : $"Speech-to-text real-time factor of the pieces: {Ratio(pieceStt, pieceSeconds)} ({pieceStt:0.0} s for {pieceSeconds:0.0} s of audio, while the candidate spoke).");
        }

        var total = new Percentiles(turns.Select(t => t.Total));
        Console.WriteLine($"Target p50 <= {targetP50:0} ms: {(total.P50 <= targetP50 ? "met" : "missed")} (p50 {total.P50:0} ms, p95 {total.P95:0} ms, p99 {total.P99:0} ms, mean {Mean(turns.Select(t => t.Total)):0} ms).");
    }

    private static string Ratio(double seconds, double audio) => audio > 0 ? (seconds / audio).ToString("0.000", CultureInfo.InvariantCulture) : "–";

    private static double Mean(IEnumerable<double> values) => values.DefaultIfEmpty(double.NaN).Average();

    private static void Row(string name, IEnumerable<double> values)
    {
        var list = values.ToList();
        var p = new Percentiles(list);
        Console.WriteLine(p.Count == 0
            ? $"| {name} | – | – | – | – | – |"
            : $"| {name} | {p.P50:0} | {p.P95:0} | {p.P99:0} | {Mean(list):0} | {p.Max:0} |");
    }
}
