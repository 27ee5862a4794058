using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace MockInterview.Functions.Hosting;

/// <summary>Turns request errors into 4xx problem details that say what was wrong, and anything else into a
/// logged, generic 500 without details.</summary>
internal sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        IResult problem;
        if (exception is BadHttpRequestException bad)
        {
            logger.LogDebug(exception, "Bad request to {Method} {Path}.", httpContext.Request.Method, httpContext.Request.Path);
            problem = TypedResults.Problem(detail: Describe(bad), statusCode: bad.StatusCode);
        }
        else if (exception is InvalidOperationException && UnknownCharset(httpContext.Request) is { } charset)
        {
            // ReadFromJsonAsync throws InvalidOperationException, not BadHttpRequestException, for a charset it cannot decode.
            logger.LogDebug(exception, "Unknown charset in a request to {Method} {Path}.", httpContext.Request.Method, httpContext.Request.Path);
            problem = TypedResults.Problem(
                detail: $"The request body's charset '{charset}' is not a known encoding; send JSON as UTF-8 (Content-Type: application/json).",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        else if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; nobody reads the answer.
            return true;
        }
        else
        {
            logger.LogError(exception, "Unhandled error in {Method} {Path}.", httpContext.Request.Method, httpContext.Request.Path);
            problem = TypedResults.Problem(
                detail: "An unexpected error occurred. It has been logged; please try again.",
                statusCode: StatusCodes.Status500InternalServerError);
        }

        await problem.ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    private static string? UnknownCharset(HttpRequest request)
    {
        // The framework reads the charset parameter as sent (quotes included; empty is an error too).
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || mediaType.Charset.Value is not { } charset)
        {
            return null;
        }

        try
        {
            _ = Encoding.GetEncoding(charset);
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return charset.Length <= 40 ? charset : charset[..40] + "…";
        }
    }

    private static string Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var reason = json.Message;
            var cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
            reason = cut > 0 ? reason[..cut] : reason;

            // The serializer names our internal types ("could not be converted to MockInterview…",
            // "… during deserialization of type 'MockInterview…'"): say it plainly.
            if (reason.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
            {
                reason = json.Path is "$" ? "expected a JSON object." : "the value has the wrong type.";
            }
            else if (reason.IndexOf(" encountered during deserialization", StringComparison.Ordinal) is > 0 and var at)
            {
                reason = reason[..at] + " (each property may appear once).";
            }

            var where = json.Path is { Length: > 0 } path ? $" at {path}" : "";
            var line = json.LineNumber is { } l ? $" (line {l + 1}, byte {(json.BytePositionInLine ?? 0) + 1})" : "";
            return $"The request body is not valid JSON{where}{line}: {reason}";
        }

        return exception.StatusCode switch
        {
            StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
            StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
            _ when exception.Message.StartsWith("Required parameter", StringComparison.Ordinal) ||
                   exception.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal) => "A JSON object is required as the request body.",
            _ => exception.Message,
        };
    }
}
