using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MockInterview.Benchmarks;

/// <summary>The router benchmark's own OpenAI-compatible chat server on 127.0.0.1 (no network): one path per simulated
/// provider, <c>/p/{name}/v1/chat/completions</c>, each answering by its <see cref="RouterFakeMode"/> (in
/// <see cref="RouterFakeMode.SchemaReply"/>, with a reply valid for the request's JSON schema). It counts the
/// requests each provider received.</summary>
internal sealed class RouterFakeServer : IAsyncDisposable
{
    private static readonly byte[] ErrorBody = JsonSerializer.SerializeToUtf8Bytes(new
    {
        error = new { message = "The server had an error while processing your request.", type = "server_error", param = (string?)null, code = (string?)null },
    });

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, RouterFakeMode> modes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox<long>> counts = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();

    private RouterFakeServer(WebApplication app) => this.app = app;

    public string Root { get; private set; } = string.Empty;

    public static async Task<RouterFakeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var server = new RouterFakeServer(builder.Build());
        server.app.MapPost("/p/{name}/v1/chat/completions", (string name, HttpContext context) => server.HandleAsync(name, context));
        await server.app.StartAsync();
        server.Root = server.app.Urls.First().TrimEnd('/');
        return server;
    }

    public string BaseUrl(string provider) => $"{Root}/p/{provider}/v1";

    public void Set(string provider, RouterFakeMode mode) => modes[provider] = mode;

    /// <summary>Requests the provider has received so far.</summary>
    public long Count(string provider) => counts.TryGetValue(provider, out var box) ? Interlocked.Read(ref box.Value) : 0;

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
        Interlocked.Increment(ref counts.GetOrAdd(name, _ => new StrongBox<long>()).Value);
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var model = body.RootElement.TryGetProperty("model", out var m) ? m.GetString() : "fake";
        var response = context.Response;
        var mode = modes.GetValueOrDefault(name);
        switch (mode)
        {
            case RouterFakeMode.Hang:
                using (var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token))
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, aborted.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        // The client gave up (its timeout) or the server is stopping.
                    }
                }

                return;
            case RouterFakeMode.ServerError:
                response.StatusCode = 500;
                response.ContentType = "application/json";
                await response.Body.WriteAsync(ErrorBody, context.RequestAborted);
                return;
        }

        var content = mode == RouterFakeMode.SchemaReply ? SchemaReply.For(body.RootElement) : null;
        var reply = JsonSerializer.SerializeToUtf8Bytes(new
        {
            id = "chatcmpl-bench",
            @object = "chat.completion",
            created = 1_767_225_600,
            model,
            choices = new[] { new { index = 0, message = new { role = "assistant", content = content ?? $"{{\"from\":\"{name}\",\"ok\":true}}" }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 180, completion_tokens = 60, total_tokens = 240 },
        });
        response.ContentType = "application/json";
        await response.Body.WriteAsync(reply, context.RequestAborted);
    }
}
