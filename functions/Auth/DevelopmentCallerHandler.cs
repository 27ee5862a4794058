using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MockInterview.Functions.Auth;

/// <summary>Local runs: the caller names itself in <c>X-User-Id</c>; without it, it is the one local user.</summary>
/// <remarks>Never use outside a developer machine: anyone can claim any id.</remarks>
internal sealed class DevelopmentCallerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Development";
    public const string HeaderName = "X-User-Id";
    public const string LocalUser = "local";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var values = Request.Headers[HeaderName];
        if (values.Count == 0)
        {
            return Task.FromResult(Success(LocalUser));
        }

        return Task.FromResult(values.Count == 1 && CallerIds.IsValid(values[0])
            ? Success(values[0]!)
            : AuthenticateResult.Fail($"The {HeaderName} header must be one value of 1–64 letters, digits, '-', '_', '.' or '@'."));
    }

    /// <summary>The only way to fail here is a malformed header: a bad request, not a missing sign-in.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        await TypedResults.Problem(
            detail: result.Failure?.Message ?? $"Invalid {HeaderName} header.",
            statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(Context).ConfigureAwait(false);
    }

    private AuthenticateResult Success(string id) =>
        AuthenticateResult.Success(new AuthenticationTicket(CallerIds.Principal(id, SchemeName), SchemeName));
}
