namespace MockInterview.Resumes.Profiles;

/// <summary>
/// The candidate's contact details. Personal data: kept for the owner of the resume, never logged;
/// <see cref="ToString"/> says only which fields are present.
/// </summary>
/// <param name="Name">The candidate's name, when the first lines hold one.</param>
/// <param name="Email">The first email address found.</param>
/// <param name="Phone">The first phone number found.</param>
/// <param name="Links">Web links (LinkedIn, GitHub, portfolio).</param>
/// <param name="Location">A "City, Region" line near the top, when present.</param>
public sealed record ContactInfo(string? Name, string? Email, string? Phone, IReadOnlyList<string> Links, string? Location)
{
    /// <summary>True when the resume gives at least one way to reach the candidate (email or phone).</summary>
    public bool IsReachable => Email is not null || Phone is not null;

    /// <summary>Names the fields present and hides their values, so that a log line can never leak them.</summary>
    public override string ToString()
    {
        var present = new List<string>();
        if (Name is not null)
        {
            present.Add("name");
        }

        if (Email is not null)
        {
            present.Add("email");
        }

        if (Phone is not null)
        {
            present.Add("phone");
        }

        if (Links.Count > 0)
        {
            present.Add($"{Links.Count} link(s)");
        }

        if (Location is not null)
        {
            present.Add("location");
        }

        return $"ContactInfo {{ redacted; present: {(present.Count == 0 ? "none" : string.Join(", ", present))} }}";
    }
}
