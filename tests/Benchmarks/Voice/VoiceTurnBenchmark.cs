using System.Diagnostics;
using System.Globalization;

namespace MockInterview.Benchmarks.Voice;

/// <summary><c>./run.sh bench voice turn</c>: the voice turn, from the end of the candidate's answer audio to the
/// interviewer's next question audio fully received, through the real HTTP pipeline, the in-process speech worker
/// (pocketsphinx, flite) and the offline brain (no LLM time). The candidate speaks flite answers of 20–45 s in real time
/// and, as the browser does, uploads each piece cut at a pause the moment it could have been cut, then the tail with the
/// pieces' tokens; <c>--whole</c> uploads the whole answer once it ends (the client before pieces). By default the answer
/// ends with its last word ("Done speaking" at once: the last sentence is the tail); <c>--trailing-silence S</c> adds S
/// seconds of silence first (an answer ended by a pause, or a later click), in which the last piece is cut and sent.
/// Prints the turn and its phases; exits 1 when a turn fails or the p50 misses 800 ms.</summary>
public static class VoiceTurnBenchmark
{
    /// <summary>How to call it.</summary>
    public const string Usage = "usage: ./run.sh bench voice turn [--whole] [--turns 10] [--warm-up 1] [--trailing-silence 0]";

    private const double TargetP50Ms = 800;

    /// <summary>Runs the benchmark; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (!TryParse(args, out var turns, out var warmUp, out var whole, out var trailing))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var run = Stopwatch.StartNew();
        var warmUpAnswer = await VoiceTurnAudio.SpeakAsync(VoiceTurnAnswers.WarmUp, trailing);
        var answers = new List<VoiceTurnAnswer>();
        foreach (var sentences in VoiceTurnAnswers.Measured)
        {
            answers.Add(await VoiceTurnAudio.SpeakAsync(sentences, trailing));
        }

        Console.WriteLine($"Voice turn benchmark ({(whole ? "--whole: one upload after the answer ends" : "answers uploaded in pieces while spoken")}): " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, offline brain, in-process speech worker; {turns} turns after {warmUp} warm-up; " +
            $"answers of {string.Join(", ", answers.Select(a => $"{a.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({a.Cuts.Count} pieces + {a.TailSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s tail)"))}, " +
            $"{(trailing > 0 ? $"{trailing.ToString("0.0#", CultureInfo.InvariantCulture)} s of silence after the last word (the turn is timed from the end of that silence), " : "the answer ends with its last word, ")}" +
            $"spoken in real time (flite, 16 kHz WAV): {warmUp * warmUpAnswer.Seconds + Enumerable.Range(0, turns).Sum(i => answers[i % answers.Count].Seconds):0} s of speech.");

        await using var host = new VoiceTurnHost();
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Add("X-User-Id", "bench-voice");

        // The in-process worker checks its engines before its first heartbeat (a few seconds); until then voice is down.
        var startup = Stopwatch.StartNew();
        if (!await host.WaitForWorkerAsync(TimeSpan.FromSeconds(120)))
        {
            Console.Error.WriteLine("The in-process speech worker sent no heartbeat within 120 s.");
            return 1;
        }

        Console.WriteLine($"Speech worker ready {startup.Elapsed.TotalSeconds:0.0} s after the app started (engine checks).");
        var candidate = new VoiceTurnCandidate(new VoiceTurnClient(http), whole);
        var timings = new List<VoiceTurnTiming>();
        var failures = 0;
        var interviews = 0;
        while (timings.Count < warmUp + turns && failures < 5)
        {
            interviews++;
            try
            {
                await candidate.RunInterviewAsync(index => index < warmUp ? warmUpAnswer : answers[(index - warmUp) % answers.Count], timings, warmUp + turns);
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutException or InvalidOperationException or OperationCanceledException)
            {
                failures++;
                Console.Error.WriteLine($"Interview {interviews} failed: {ex.Message}");
            }
        }

        var measured = timings.Skip(warmUp).ToList();
        VoiceTurnReport.Print(measured, interviews, whole, TargetP50Ms);
        Console.WriteLine($"The run took {run.Elapsed.TotalSeconds:0} s (real time, flite and the app's start included).");
        var p50 = new Percentiles(measured.Select(t => t.Total)).P50;
        return failures == 0 && measured.Count == turns && p50 <= TargetP50Ms ? 0 : 1;
    }

    private static bool TryParse(string[] args, out int turns, out int warmUp, out bool whole, out double trailing)
    {
        (turns, warmUp, whole, trailing) = (10, 1, false, 0);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--whole")
            {
                whole = true;
                continue;
            }

            if (args[i] == "--trailing-silence")
            {
                if (i + 1 >= args.Length || !double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out trailing) || trailing is < 0 or > 10)
                {
                    return false;
                }

                i++;
                continue;
            }

            if (args[i] is not ("--turns" or "--warm-up") || i + 1 >= args.Length
                || !int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) || value < (args[i] == "--warm-up" ? 0 : 1))
            {
                return false;
            }

            (turns, warmUp) = args[i] == "--turns" ? (value, warmUp) : (turns, value);
            i++;
        }

        return true;
    }
}
