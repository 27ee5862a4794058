using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MockInterview.Functions.CustomHandler;

/// <summary>Serves <c>POST /{FunctionName}</c>: the host's envelope in, the handler's response out.</summary>
internal static class FunctionInvocationEndpoint
{
    /// <summary>The header with which the host identifies an invocation.</summary>
    public const string InvocationIdHeader = "X-Azure-Functions-InvocationId";

    private static readonly JsonSerializerOptions RequestOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly JsonSerializerOptions ResponseOptions = new();

    /// <summary>Decodes the envelope, runs <paramref name="trigger"/>'s handler and answers its response as JSON.</summary>
    /// <remarks>
    /// The host processes outputs, logs and the return value only from a 2xx <c>application/json</c> answer;
    /// any other status fails the invocation, which is what a handler error should do (queues retry).
    /// </remarks>
    public static async Task<IResult> InvokeAsync(HttpContext context, FunctionTrigger trigger, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(FunctionInvocationEndpoint));
        var invocationId = context.Request.Headers[InvocationIdHeader].FirstOrDefault();
        InvocationRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<InvocationRequest>(
                context.Request.Body, RequestOptions, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return MalformedEnvelope(trigger.Name, e.Message);
        }

        if (request is null)
        {
            return MalformedEnvelope(trigger.Name, "the body is the JSON literal null.");
        }

        var invocation = new FunctionInvocation(
            trigger.Name,
            invocationId,
            BindingValueDecoder.DecodeAll(request.Data),
            BindingValueDecoder.DecodeAll(request.Metadata),
            context.RequestServices,
            context.RequestAborted);
        try
        {
            var response = await trigger.Handler(invocation).ConfigureAwait(false);
            return TypedResults.Json(response, ResponseOptions, "application/json");
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(e, "Function {FunctionName} failed (invocation {InvocationId}).", trigger.Name, invocationId);
            return TypedResults.Problem(
                title: "The function failed.",
                detail: $"Function '{trigger.Name}' failed; the handler's log has the error for invocation '{invocationId}'.",
                statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    private static ProblemHttpResult MalformedEnvelope(string functionName, string reason) =>
        TypedResults.Problem(
            title: "Malformed invocation envelope.",
            detail: $"POST /{functionName} expects {{\"Data\":{{…}},\"Metadata\":{{…}}}}: {reason}",
            statusCode: StatusCodes.Status400BadRequest);
}
