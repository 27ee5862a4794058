using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MockInterview.Functions.Admin;

/// <summary>Lets a request through to an admin route only with the configured key in <c>X-Admin-Key</c>.</summary>
/// <remarks>
/// The key is compared in constant time over SHA-256 hashes of its UTF-8 bytes (equal lengths, so neither the
/// length nor a matching prefix shows in the timing). A missing and a wrong key get the same 401; the key is
/// never logged. Without <c>Admin:ApiKey</c> the routes answer 404, as if they did not exist.
/// </remarks>
internal sealed class AdminKeyFilter(IOptions<AdminOptions> options, ILogger<AdminKeyFilter> logger) : IEndpointFilter
{
    /// <summary>The header that carries the admin key.</summary>
    public const string HeaderName = "X-Admin-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var expected = options.Value.ApiKey;
        if (string.IsNullOrEmpty(expected))
        {
            return TypedResults.Problem(
                detail: $"The admin routes are disabled on this server (Admin:ApiKey is not set); {http.Request.Method} {http.Request.Path} is not available.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var sent = http.Request.Headers[HeaderName];
        if (sent.Count != 1 || !Matches(sent[0] ?? string.Empty, expected))
        {
            logger.LogWarning(
                "Admin request {Method} {Path} from {Remote} refused: missing or wrong {Header}.",
                http.Request.Method,
                http.Request.Path,
                http.Connection.RemoteIpAddress,
                HeaderName);
            return TypedResults.Problem(
                detail: $"This route needs a valid admin key in the {HeaderName} header.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context).ConfigureAwait(false);
    }

    private static bool Matches(string sent, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(sent)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
