namespace MockInterview.Functions.Clock;

/// <summary>Settings of the app's clock (section <c>Clock</c>).</summary>
internal sealed class ClockOptions
{
    public const string SectionName = "Clock";

    /// <summary>Simulated seconds per real second: 1 in production; the demo and the benchmark run faster.</summary>
    public double Speed { get; set; } = 1.0;
}
