using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MockInterview.Functions.Auth;

/// <summary>Azure: App Service Authentication (Easy Auth) validates the Entra ID token in front of the app and
/// passes the caller in <c>X-MS-CLIENT-PRINCIPAL-ID</c> (and <c>X-MS-CLIENT-PRINCIPAL</c>, base64 JSON claims).</summary>
/// <remarks>
/// Trusted only behind App Service / Functions, which strip these headers from incoming requests. Validating JWT
/// bearer tokens in the app instead would use Microsoft.AspNetCore.Authentication.JwtBearer, which cannot be
/// restored from this project's package mirror; it would be one more scheme registered beside this one.
/// </remarks>
internal sealed class AppServiceCallerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AppService";
    public const string PrincipalIdHeader = "X-MS-CLIENT-PRINCIPAL-ID";
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    public const string PrincipalNameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var id = Request.Headers[PrincipalIdHeader].ToString();
        if (id.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!CallerIds.IsValid(id))
        {
            return Task.FromResult(AuthenticateResult.Fail($"{PrincipalIdHeader} is not a valid caller id."));
        }

        string? name = Request.Headers[PrincipalNameHeader].ToString() is { Length: > 0 } n ? n : null;
        if (Request.Headers[PrincipalHeader].ToString() is { Length: > 0 } encoded && !TryReadName(encoded, ref name))
        {
            return Task.FromResult(AuthenticateResult.Fail($"{PrincipalHeader} is not base64-encoded JSON."));
        }

        var principal = CallerIds.Principal(id, SchemeName, name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem(
            detail: "Sign in first: this API accepts callers authenticated by App Service Authentication (Microsoft Entra ID).",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }

    private static bool TryReadName(string encoded, ref string? name)
    {
        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
            if (name is null && document.RootElement.TryGetProperty("claims", out var claims) && claims.ValueKind == JsonValueKind.Array)
            {
                name = claims.EnumerateArray()
                    .Where(c => c.TryGetProperty("typ", out var typ) && typ.GetString() is "name" or "preferred_username")
                    .Select(c => c.TryGetProperty("val", out var val) ? val.GetString() : null)
                    .FirstOrDefault(v => v is not null);
            }

            return true;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return false;
        }
    }
}
