using System.Security.Claims;

namespace MockInterview.Functions.Auth;

/// <summary>Caller ids: what an interview's owner is.</summary>
internal static class CallerIds
{
    /// <summary>1–64 characters of letters, digits, '-', '_', '.', '@'.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: >= 1 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@');

    /// <summary>The authenticated caller's id.</summary>
    public static string Of(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The caller is not authenticated.");

    /// <summary>A principal for <paramref name="id"/>, authenticated by <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal Principal(string id, string scheme, string? name = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Name, name ?? id) };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
