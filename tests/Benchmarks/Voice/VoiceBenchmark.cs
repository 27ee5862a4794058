namespace MockInterview.Benchmarks.Voice;

/// <summary><c>./run.sh bench voice [stt|tts|turn]</c>: speech-to-text real-time factor, time to first synthesised
/// audio, and the voice turn; all three by default.</summary>
internal static class VoiceBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var part = args.Length > 0 ? args[0] : "all";
        var rest = args.Length > 0 ? args[1..] : [];
        return part switch
        {
            "stt" => await RecognitionBenchmark.RunAsync(rest),
            "tts" => await SynthesisBenchmark.RunAsync(rest),
            "turn" => await VoiceTurnBenchmark.RunAsync(rest),
            "all" => await RunAllAsync(),
            _ => Usage(),
        };
    }

    private static async Task<int> RunAllAsync()
    {
        var failures = 0;
        foreach (var run in new Func<Task<int>>[] { () => RecognitionBenchmark.RunAsync([]), () => SynthesisBenchmark.RunAsync([]), () => VoiceTurnBenchmark.RunAsync([]) })
        {
            failures += await run() == 0 ? 0 : 1;
            Console.WriteLine();
        }

        return failures == 0 ? 0 : 1;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: ./run.sh bench voice [stt|tts|turn [--whole] [--turns 10] [--warm-up 1] [--trailing-silence 0]]");
        return 2;
    }
}
