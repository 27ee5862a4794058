namespace MockInterview.Functions.Admin;

/// <summary>The operator routes under <c>/api/admin</c> (section <c>Admin</c>).</summary>
internal sealed class AdminOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Admin";

    /// <summary>Shortest key accepted, so that a placeholder like "admin" cannot guard the routes.</summary>
    public const int MinimumKeyLength = 16;

    /// <summary>The key callers send in <c>X-Admin-Key</c>; unset (the default) turns the admin routes off (404).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Whether the admin routes are on.</summary>
    public bool Enabled => !string.IsNullOrEmpty(ApiKey);
}
