namespace MockInterview.Interviews;

/// <summary>A time voice was unavailable during a voice interview.</summary>
/// <param name="From">When the interview switched to text mode.</param>
/// <param name="Until">When voice resumed; null when it did not before the end.</param>
/// <param name="Reason">Why voice was unavailable.</param>
public sealed record ReportVoiceOutage(DateTimeOffset From, DateTimeOffset? Until, string Reason);
