using MockInterview.Interviewing.Scoring;

namespace MockInterview.Benchmarks;

/// <summary><c>./run.sh eval [--relevance] [--file path]…</c>: scores every answer of one or more labelled-answers files
/// with the offline scorer and prints per-case scores, per-level means, the pairs out of order and the pairwise
/// accuracy. Without <c>--file</c> it reads the repository's two sets: the bank questions and the typed-in ones.</summary>
internal static class EvaluationCommand
{
    public const string DefaultFile = "tests/Interviewing.Tests/Scoring/labelled-answers.json";

    /// <summary>Questions typed in by hand (no bank id), as /api/evaluate receives them.</summary>
    public const string AdHocFile = "tests/Interviewing.Tests/Scoring/labelled-answers-adhoc.json";

    public static IReadOnlyList<string> DefaultFiles { get; } = [DefaultFile, AdHocFile];

    public static int Run(string[] args)
    {
        var paths = new List<string>();
        var relevance = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--file" && i + 1 < args.Length)
            {
                paths.Add(args[++i]);
            }
            else if (args[i] == "--relevance")
            {
                relevance = true;
            }
            else
            {
                Console.Error.WriteLine("usage: ./run.sh eval [--relevance] [--file labelled-answers.json]…");
                return 2;
            }
        }

        if (paths.Count == 0)
        {
            paths.AddRange(DefaultFiles);
        }

        var cases = new List<LabelledCase>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"eval: no file at {path}");
                return 2;
            }

            try
            {
                cases.AddRange(LabelledCaseFile.Parse(File.ReadAllText(path)));
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
            {
                Console.Error.WriteLine($"eval: {path}: {e.Message}");
                return 2;
            }
        }

        var evaluation = LabelledSetEvaluation.Run(cases);
        Console.WriteLine($"Files: {string.Join(", ", paths)}");
        Console.Write(evaluation.ToText(perCase: true));
        if (relevance)
        {
            Console.WriteLine();
            Console.WriteLine("Relevance and flags per answer:");
            Console.Write(evaluation.RelevanceTable());
        }

        return evaluation.Accuracy >= 0.95 && evaluation.CeilingBreaches == 0 ? 0 : 1;
    }
}
