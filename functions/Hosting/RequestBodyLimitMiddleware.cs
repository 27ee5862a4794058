using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using MockInterview.Interviews;

namespace MockInterview.Functions.Hosting;

/// <summary>Refuses /api request bodies over <see cref="InterviewLimits.MaxRequestBodyBytes"/> with 413: by Content-Length
/// when it is sent, otherwise by counting the bytes as they are read (buffered up to the limit). An endpoint with
/// <see cref="IRequestSizeLimitMetadata"/> gets its own limit and is not buffered: it streams and bounds its body itself.</summary>
/// <remarks>Kestrel has its own limit, but the in-memory test server and the Functions host forwarding do not apply it.</remarks>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<InterviewOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // An endpoint that declares its own limit (uploads) reads its body as a stream and bounds it itself.
        var endpointLimit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        var limit = endpointLimit ?? options.Value.Limits.MaxRequestBodyBytes;
        var request = context.Request;
        var hasBody = HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method);
        if (!hasBody || !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        if (request.ContentLength is not null || endpointLimit is not null)
        {
            if (request.ContentLength > limit)
            {
                await TooLargeAsync(context, limit).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
            return;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await TooLargeAsync(context, limit).ConfigureAwait(false);
                return;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        request.Body = buffer;
        request.ContentLength = buffer.Length;
        context.Response.RegisterForDispose(buffer);
        await next(context).ConfigureAwait(false);
    }

    private static Task TooLargeAsync(HttpContext context, long limit) =>
        TypedResults.Problem(
            detail: $"The request body is larger than the limit of {limit:N0} bytes.",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            extensions: new Dictionary<string, object?> { ["code"] = "tooLarge" }).ExecuteAsync(context);
}
