using System.Globalization;

namespace MockInterview.Benchmarks;

/// <summary>Arguments of <c>./run.sh bench</c>.</summary>
/// <param name="Interviews">Interviews running at the same time.</param>
/// <param name="Speed">Clock speed: simulated seconds per real second.</param>
/// <param name="ThinkMinSeconds">Shortest time a candidate takes to answer, in simulated seconds.</param>
/// <param name="ThinkMaxSeconds">Longest time a candidate takes to answer, in simulated seconds.</param>
/// <param name="SaturationAnswers">Answers per interview in the saturation run (answered at once).</param>
/// <param name="InterviewMinutes">Length of each interview of the realistic run, in simulated minutes.</param>
/// <param name="WindowSeconds">Measured window of the realistic run, in real seconds, after one interview length of ramp-up.</param>
/// <param name="Seed">Seed of the candidates' think times.</param>
internal sealed record BenchmarkOptions(
    int Interviews = 1000,
    double Speed = 10,
    double ThinkMinSeconds = 30,
    double ThinkMaxSeconds = 100,
    int SaturationAnswers = 5,
    int InterviewMinutes = 10,
    int WindowSeconds = 60,
    int Seed = 42)
{
    public const string Usage =
        "usage: ./run.sh bench [--interviews 1000] [--speed 10] [--think-min 30] [--think-max 100] [--saturation-answers 5] " +
        "[--interview-minutes 10] [--window 60] [--seed 42]";

    public static BenchmarkOptions? Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return null;
            }

            options = args[i] switch
            {
                "--interviews" when value >= 1 => options with { Interviews = (int)value },
                "--speed" when value >= 1 => options with { Speed = value },
                "--think-min" => options with { ThinkMinSeconds = value },
                "--think-max" => options with { ThinkMaxSeconds = value },
                "--saturation-answers" when value >= 1 => options with { SaturationAnswers = (int)value },
                "--interview-minutes" when value is >= 5 and <= 60 => options with { InterviewMinutes = (int)value },
                "--window" when value >= 5 => options with { WindowSeconds = (int)value },
                "--seed" => options with { Seed = (int)value },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return args.Length % 2 == 0 && options.ThinkMaxSeconds >= options.ThinkMinSeconds ? options : null;
    }
}
