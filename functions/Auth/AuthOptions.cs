namespace MockInterview.Functions.Auth;

/// <summary>How callers are identified (section <c>Auth</c>).</summary>
internal sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Auth";

    /// <summary><c>Development</c> (the local default: header <c>X-User-Id</c>, absent → the local user) or
    /// <c>AppService</c> (the caller that App Service Authentication vouches for).</summary>
    public string Mode { get; set; } = DevelopmentCallerHandler.SchemeName;
}
