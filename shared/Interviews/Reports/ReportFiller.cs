namespace MockInterview.Interviews;

/// <summary>A filler word or phrase ("um", "you know") and how often it was used.</summary>
public sealed record ReportFiller(string Filler, int Count);
