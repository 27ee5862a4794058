using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace MockInterview.Functions.Hosting;

/// <summary>Problem details for the bodiless 404 (no route) and 405 (wrong method) responses under /api.</summary>
internal static class ApiStatusCodePages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var request = $"{http.Request.Method} {http.Request.Path}";
        var detail = http.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => $"No API route matches {request}.",
            StatusCodes.Status405MethodNotAllowed => $"The method {http.Request.Method} is not allowed on {http.Request.Path}"
                + (http.Response.Headers[HeaderNames.Allow] is { Count: > 0 } allow ? $"; allowed: {string.Join(", ", allow.ToArray())}." : "."),
            _ => null,
        };
        await TypedResults.Problem(detail: detail, statusCode: http.Response.StatusCode).ExecuteAsync(http).ConfigureAwait(false);
    }
}
