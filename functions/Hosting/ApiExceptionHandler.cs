using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

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

    private static string Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var reason = json.Message;
            var cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
            reason = cut > 0 ? reason[..cut] : reason;

            // The serializer names our internal types ("could not be converted to MockInterview…"): say it plainly.
            if (reason.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
            {
                reason = json.Path is "$" ? "expected a JSON object." : "the value has the wrong type.";
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
