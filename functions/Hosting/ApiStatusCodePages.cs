using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace MockInterview.Functions.Hosting;

/// <summary>Problem details for bodiless error responses under /api: 404 (no route), 405 (wrong method), 415 and others.</summary>
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
            StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
            _ => $"The request {request} failed with status {http.Response.StatusCode}.",
        };
        await TypedResults.Problem(detail: detail, statusCode: http.Response.StatusCode).ExecuteAsync(http).ConfigureAwait(false);
    }
}
