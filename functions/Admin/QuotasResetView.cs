namespace MockInterview.Functions.Admin;

/// <summary>Body of a successful <c>POST /api/admin/quotas/reset</c>.</summary>
/// <param name="At">When the reset happened.</param>
/// <param name="Reset">The providers whose current day started over.</param>
public sealed record QuotasResetView(DateTimeOffset At, IReadOnlyList<string> Reset);
