namespace MockInterview.Functions.Llm;

/// <summary>What one run of the daily quota reset did.</summary>
/// <param name="At">When it ran.</param>
/// <param name="PreviousRun">The run it counted from; null when none was known (nothing is reset then).</param>
/// <param name="Reset">Providers whose day started since the previous run and were reset.</param>
/// <param name="Failed">Providers whose reset failed (their quota windows still start over by themselves).</param>
/// <param name="Lines">One line per decision, for the host's invocation log.</param>
internal sealed record QuotaResetResult(
    DateTimeOffset At,
    DateTimeOffset? PreviousRun,
    IReadOnlyList<string> Reset,
    IReadOnlyList<string> Failed,
    IReadOnlyList<string> Lines);
