namespace MockInterview.Interviews;

/// <summary>The candidate, as shown.</summary>
public sealed record CandidateView(string? Name, string? Role, string? Seniority);
