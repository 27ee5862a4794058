using System.Diagnostics;
using MockInterview.Interviewing;
using MockInterview.Interviewing.Scoring;

namespace MockInterview.Benchmarks;

/// <summary><c>./run.sh bench scoring</c>: warm time to evaluate one answer with the offline scorer, over the labelled
/// answers and generated answers of realistic lengths (up to 5,000 characters), each also with earlier answers to
/// compare for repeats, and on typed-in questions (bank match included).</summary>
internal static class ScoringBenchmark
{
    private const int Rounds = 20;

    public static int Run()
    {
        var brain = OfflineInterviewerBrain.CreateDefault();
        var cases = EvaluationCommand.DefaultFiles.SelectMany(path => LabelledCaseFile.Parse(File.ReadAllText(path))).ToList();
        var requests = new List<EvaluationRequest>();
        foreach (var labelled in cases)
        {
            var (question, mode) = LabelledSetEvaluation.Question(labelled);
            var earlier = new[] { labelled.Adequate, labelled.Vague };
            requests.AddRange(labelled.Answers.Values.Select(a => new EvaluationRequest(mode, question, a, earlier)));

            // Longer answers built from the case's own sentences: about 1,000, 2,500 and 5,000 characters.
            foreach (var length in new[] { 1000, 2500, 5000 })
            {
                var text = string.Concat(Enumerable.Repeat(labelled.Strong + " " + labelled.Adequate + " ", 1 + (length / Math.Max(1, labelled.Strong.Length + labelled.Adequate.Length))));
                requests.Add(new EvaluationRequest(mode, question, text[..Math.Min(length, text.Length)], earlier));
            }

            // The same question typed in by hand, as /api/evaluate receives it.
            var typed = new InterviewQuestion("adhoc", question.Text, "customized", false, null, []);
            requests.Add(new EvaluationRequest(InterviewMode.Customized, typed, labelled.Strong, []));
        }

        foreach (var request in requests)
        {
            brain.EvaluateAsync(request, CancellationToken.None).GetAwaiter().GetResult();
        }

        var timings = new List<double>(requests.Count * Rounds);
        var total = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var request in requests)
            {
                var start = Stopwatch.GetTimestamp();
                brain.EvaluateAsync(request, CancellationToken.None).GetAwaiter().GetResult();
                timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        total.Stop();
        timings.Sort();
        double P(double q) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(q * timings.Count) - 1)];
        Console.WriteLine($"Scoring benchmark: {requests.Count} answers x {Rounds} rounds, warm, one thread, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine($"Answer lengths: {requests.Min(r => r.Answer.Length)}–{requests.Max(r => r.Answer.Length)} characters.");
        Console.WriteLine();
        Console.WriteLine("| evaluations | p50 ms | p95 ms | p99 ms | max ms | evaluations/s |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine($"| {timings.Count} | {P(0.50):0.000} | {P(0.95):0.000} | {P(0.99):0.000} | {timings[^1]:0.000} | {timings.Count / total.Elapsed.TotalSeconds:0} |");
        return P(0.99) <= 5 ? 0 : 1;
    }
}
