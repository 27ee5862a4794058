namespace MockInterview.Interviewing.Delivery;

/// <summary>Silences between words of at least <see cref="DeliveryAnalyzer.PauseSeconds"/>.</summary>
/// <param name="Count">How many.</param>
/// <param name="LongestSeconds">The longest one (0 when none).</param>
/// <param name="TotalSeconds">All of them together.</param>
/// <param name="LongCount">Those of at least <see cref="DeliveryAnalyzer.LongPauseSeconds"/>.</param>
public sealed record PauseStatistics(int Count, double LongestSeconds, double TotalSeconds, int LongCount)
{
    /// <summary>No pauses.</summary>
    public static PauseStatistics None { get; } = new(0, 0, 0, 0);
}
