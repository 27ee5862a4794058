using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MockInterview.Llm.Tests.Support;

/// <summary>An OpenAI-compatible chat server on 127.0.0.1 with one path per simulated provider
/// (<c>/p/{name}/v1/chat/completions</c>), each answering from its <see cref="ProviderScript"/>.
/// It records every request and returns usage; <c>/webhook</c> records alert posts.</summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ProviderScript> scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentQueue<string> webhooks = new();
    private readonly CancellationTokenSource stopping = new();

    private FakeOpenAiServer(WebApplication app) => this.app = app;

    public string Root { get; private set; } = string.Empty;

    public string WebhookUrl => $"{Root}/webhook";

    public IReadOnlyList<string> Webhooks => [.. webhooks];

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var server = new FakeOpenAiServer(builder.Build());
        server.app.MapPost("/p/{name}/v1/chat/completions", (string name, HttpContext context) => server.HandleAsync(name, context));
        server.app.MapPost("/webhook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            server.webhooks.Enqueue(await reader.ReadToEndAsync());
            return Results.Ok();
        });
        await server.app.StartAsync();
        server.Root = server.app.Urls.First().TrimEnd('/');
        return server;
    }

    public string BaseUrl(string provider) => $"{Root}/p/{provider}/v1";

    public ProviderScript Script(string provider) => scripts.GetOrAdd(provider, _ => new ProviderScript());

    public IReadOnlyList<RecordedRequest> Requests(string? provider = null) =>
        [.. requests.Where(r => provider is null || r.Provider == provider)];

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(bound.Token);
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private async Task HandleAsync(string name, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var request = new RecordedRequest(name, body, context.Request.Headers.Authorization.ToString());
        requests.Enqueue(request);
        var behavior = Script(name).Next(request);
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        try
        {
            if (behavior.FirstByteDelay > TimeSpan.Zero)
            {
                await Task.Delay(behavior.FirstByteDelay, aborted.Token);
            }

            await AnswerAsync(name, request, behavior, context, aborted.Token);
        }
        catch (OperationCanceledException)
        {
            // The client gave up (timeout) or the server is stopping.
        }
    }

    private static async Task AnswerAsync(string name, RecordedRequest request, FakeBehavior behavior, HttpContext context, CancellationToken cancellationToken)
    {
        var response = context.Response;
        var content = behavior.Content ?? $"reply from {name}";
        switch (behavior.Kind)
        {
            case FakeKind.Hang:
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return;
            case FakeKind.Malformed:
                response.ContentType = "application/json";
                await response.WriteAsync("{\"id\":\"chatcmpl-1\",\"choices\":[{\"message\":", cancellationToken);
                return;
            case FakeKind.RateLimited:
                if (behavior.RetryAfter is not null)
                {
                    response.Headers.RetryAfter = behavior.RetryAfter;
                }

                if (behavior.ErrorBody is not null)
                {
                    response.StatusCode = 429;
                    response.ContentType = "application/json";
                    await response.WriteAsync(behavior.ErrorBody, cancellationToken);
                    return;
                }

                await ErrorAsync(response, 429, "Rate limit reached for requests.", "requests", "rate_limit_exceeded", cancellationToken);
                return;
            case FakeKind.ServerError:
                if (behavior.RetryAfter is not null)
                {
                    response.Headers.RetryAfter = behavior.RetryAfter;
                }

                await ErrorAsync(response, behavior.Status, "The server had an error while processing your request.", "server_error", null, cancellationToken);
                return;
            case FakeKind.Unauthorized:
                await ErrorAsync(response, 401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key", cancellationToken);
                return;
            case FakeKind.ContextLength:
                await ErrorAsync(response, 400, "This model's maximum context length is 1000 tokens. However, your messages resulted in 1500 tokens.",
                    "invalid_request_error", "context_length_exceeded", cancellationToken);
                return;
            case FakeKind.StreamThenDrop:
                await StartSseAsync(response, cancellationToken);
                await SseAsync(response, Chunk(request, content, null), cancellationToken);

                // Let the first piece reach the client before the connection drops.
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
                context.Abort();
                return;
        }

        if (request.Stream)
        {
            await StartSseAsync(response, cancellationToken);
            foreach (var piece in Pieces(content))
            {
                await SseAsync(response, Chunk(request, piece, null), cancellationToken);
            }

            await SseAsync(response, Chunk(request, null, "stop"), cancellationToken);
            await SseAsync(response, new
            {
                id = "chatcmpl-fake",
                @object = "chat.completion.chunk",
                created = 1_767_225_600,
                model = request.Model,
                choices = Array.Empty<object>(),
                usage = Usage(behavior),
            }, cancellationToken);
            await response.WriteAsync("data: [DONE]\n\n", cancellationToken);
            return;
        }

        await Results.Json(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion",
            created = 1_767_225_600,
            model = request.Model,
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = Usage(behavior),
        }).ExecuteAsync(context);
    }

    private static object Usage(FakeBehavior b) =>
        new { prompt_tokens = b.PromptTokens, completion_tokens = b.CompletionTokens, total_tokens = b.PromptTokens + b.CompletionTokens };

    private static object Chunk(RecordedRequest request, string? piece, string? finish) => new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion.chunk",
        created = 1_767_225_600,
        model = request.Model,
        choices = new[] { new { index = 0, delta = piece is null ? (object)new { } : new { role = "assistant", content = piece }, finish_reason = finish } },
    };

    /// <summary>Splits a reply into word-sized pieces, keeping the spaces.</summary>
    private static IEnumerable<string> Pieces(string content)
    {
        var start = 0;
        for (var i = 1; i < content.Length; i++)
        {
            if (content[i] == ' ')
            {
                yield return content[start..i];
                start = i;
            }
        }

        yield return content[start..];
    }

    private static async Task StartSseAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = "text/event-stream";
        await response.Body.FlushAsync(cancellationToken);
    }

    private static async Task SseAsync(HttpResponse response, object data, CancellationToken cancellationToken)
    {
        await response.WriteAsync($"data: {JsonSerializer.Serialize(data)}\n\n", Encoding.UTF8, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private static async Task ErrorAsync(HttpResponse response, int status, string message, string type, string? code, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        await response.WriteAsync(JsonSerializer.Serialize(new { error = new { message, type, param = (string?)null, code } }), cancellationToken);
    }
}
