namespace MockInterview.Functions.Admin;

/// <summary>Optional body of <c>POST /api/admin/quotas/reset</c>.</summary>
/// <param name="Provider">The provider to reset; null or absent resets every provider.</param>
public sealed record ResetQuotasRequest(string? Provider);
