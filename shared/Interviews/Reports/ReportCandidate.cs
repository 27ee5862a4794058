namespace MockInterview.Interviews;

/// <summary>Who was interviewed, for what.</summary>
public sealed record ReportCandidate(string? Name, string? Role, string? Seniority);
