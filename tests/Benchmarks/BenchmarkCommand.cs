namespace MockInterview.Benchmarks;

/// <summary><c>./run.sh bench</c>: a realistic run (candidates think between answers) for latency under 1,000
/// concurrent interviews, then a saturated run (answers sent at once) for throughput.</summary>
internal static class BenchmarkCommand
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "eval")
        {
            return EvaluationCommand.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "router")
        {
            return await RouterBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "scoring")
        {
            return ScoringBenchmark.Run();
        }

        if (args.Length > 0 && args[0] == "voice")
        {
            return await Voice.VoiceBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "resume")
        {
            return await ResumeBenchmark.RunAsync(args[1..]);
        }

        var options = BenchmarkOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(BenchmarkOptions.Usage);
            return 2;
        }

        Console.WriteLine($"Mock interview benchmark: {options.Interviews} concurrent interviews, clock x{options.Speed}, " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("Latency = POST answer sent -> next question pushed by the app (HTTP pipeline, workflow engine, SQLite files).");
        Console.WriteLine();

        var realistic = await SteadyState.RunAsync(options);
        var saturated = await Scenario.RunAsync(
            "saturated", options, answersBeforeEnd: options.SaturationAnswers, thinkTime: _ => TimeSpan.Zero, rampUp: TimeSpan.Zero);

        Console.WriteLine();
        Console.WriteLine("| scenario | interviews | completed | answers | p50 ms | p95 ms | p99 ms | max ms | turns/s | work items/s | errors |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in new[] { realistic, saturated })
        {
            Console.WriteLine(result.ToMarkdownRow());
        }

        return realistic.Errors + saturated.Errors == 0 ? 0 : 1;
    }
}
