namespace MockInterview.Benchmarks;

/// <summary>Figures of one scenario.</summary>
internal sealed record ScenarioResult(string Name, int Interviews, Recorder Recorder, TimeSpan Elapsed, long WorkItems)
{
    public int Errors => Recorder.Errors.Values.Sum();

    public string ToMarkdownRow() =>
        $"| {Name} | {Interviews} | {Recorder.Completed} | {Recorder.Turns} | {Recorder.Percentile(0.50):0.0} | " +
        $"{Recorder.Percentile(0.95):0.0} | {Recorder.Percentile(0.99):0.0} | {Recorder.Percentile(1.0):0.0} | " +
        $"{Recorder.Turns / Elapsed.TotalSeconds:0} | {WorkItems / Elapsed.TotalSeconds:0} | {Errors} |";
}
