using MockInterview.Interviewing.Scoring;

namespace MockInterview.Benchmarks;

/// <summary><c>./run.sh eval [--file path]</c>: scores every answer of a labelled-answers file with the offline scorer
/// and prints per-case scores, per-level means, the pairs out of order and the pairwise accuracy.</summary>
internal static class EvaluationCommand
{
    public const string DefaultFile = "tests/Interviewing.Tests/Scoring/labelled-answers.json";

    public static int Run(string[] args)
    {
        var path = args.Length == 2 && args[0] == "--file" ? args[1] : args.Length == 0 ? DefaultFile : null;
        if (path is null)
        {
            Console.Error.WriteLine("usage: ./run.sh eval [--file labelled-answers.json]");
            return 2;
        }

        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"eval: no file at {path}");
            return 2;
        }

        IReadOnlyList<LabelledCase> cases;
        try
        {
            cases = LabelledCaseFile.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"eval: {path}: {e.Message}");
            return 2;
        }

        var evaluation = LabelledSetEvaluation.Run(cases);
        Console.WriteLine($"File: {path}");
        Console.Write(evaluation.ToText(perCase: true));
        return evaluation.Accuracy >= 0.95 && evaluation.CeilingBreaches == 0 ? 0 : 1;
    }
}
