using System.Globalization;

namespace MockInterview.Functions.Demo;

/// <summary>Arguments of <c>./run.sh demo [--mode behavioral] [--speed 60] [--minutes 20]</c>.</summary>
internal sealed record DemoOptions(string Mode, double Speed, int Minutes)
{
    public const string Usage = "usage: ./run.sh demo [--mode screening|behavioral|technical|customized] [--speed 60] [--minutes 20]";

    public static DemoOptions? Parse(string[] args)
    {
        var options = new DemoOptions("behavioral", 60, 20);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                return null;
            }

            var value = args[i + 1];
            options = args[i] switch
            {
                "--mode" => options with { Mode = value },
                "--speed" when double.TryParse(value, CultureInfo.InvariantCulture, out var speed) && speed is >= 1 and <= 1000
                    => options with { Speed = speed },
                "--minutes" when int.TryParse(value, CultureInfo.InvariantCulture, out var minutes) && minutes is >= 5 and <= 60
                    => options with { Minutes = minutes },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return options;
    }
}
