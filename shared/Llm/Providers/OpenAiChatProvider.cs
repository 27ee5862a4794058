using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using MockInterview.Llm.Configuration;
using MockInterview.Llm.Routing;
using OpenAI;
using OpenAI.Chat;

namespace MockInterview.Llm.Providers;

/// <summary>Any OpenAI-compatible chat endpoint through the OpenAI SDK, with the SDK's own retries off (the router decides).</summary>
internal sealed partial class OpenAiChatProvider : IChatProvider
{
    private readonly ProviderDefinition definition;
    private readonly TimeProvider time;
    private readonly ChatClient client;

    public OpenAiChatProvider(ProviderDefinition definition, TimeProvider time)
    {
        this.definition = definition;
        this.time = time;
        var options = new OpenAIClientOptions
        {
            Endpoint = definition.BaseUrl,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),

            // The router enforces the timeout on its own clock; this only stops a socket outliving it.
            NetworkTimeout = definition.Timeout + TimeSpan.FromSeconds(1),
        };
        client = new ChatClient(definition.Model, new ApiKeyCredential(definition.ApiKey), options);
    }

    public async Task<ProviderReply> CompleteAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        ChatCompletion completion;
        try
        {
            var result = await client.CompleteChatAsync(Messages(request), Options(request), cancellationToken).ConfigureAwait(false);
            completion = result.Value;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw Translate(ex);
        }

        var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        if (string.IsNullOrEmpty(text))
        {
            throw new ProviderException(FailureKind.Malformed, completion.Refusal is { Length: > 0 } refusal
                ? $"The model refused: {Short(refusal)}"
                : $"The reply had no text (finish reason {completion.FinishReason}).");
        }

        return new ProviderReply(text, completion.Model ?? definition.Model, completion.Usage?.InputTokenCount, completion.Usage?.OutputTokenCount);
    }

    public async IAsyncEnumerable<ProviderStreamPiece> StreamAsync(LlmRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var updates = client.CompleteChatStreamingAsync(Messages(request), Options(request), cancellationToken);
        var enumerator = updates.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                StreamingChatCompletionUpdate update;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }

                    update = enumerator.Current;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    throw Translate(ex);
                }

                var text = string.Concat(update.ContentUpdate.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
                if (text.Length > 0 || update.Usage is not null || update.FinishReason is not null)
                {
                    yield return new ProviderStreamPiece(text, update.Usage?.InputTokenCount, update.Usage?.OutputTokenCount, update.FinishReason is not null);
                }
            }
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static List<ChatMessage> Messages(LlmRequest request) =>
        request.Messages.Select(m => m.Role switch
        {
            LlmRole.System => (ChatMessage)new SystemChatMessage(m.Content),
            LlmRole.Assistant => new AssistantChatMessage(m.Content),
            _ => new UserChatMessage(m.Content),
        }).ToList();

    private static ChatCompletionOptions Options(LlmRequest request)
    {
        var options = new ChatCompletionOptions
        {
            Temperature = request.Temperature,
            MaxOutputTokenCount = request.MaxOutputTokens,
        };
        if (request.JsonSchema is { } schema)
        {
            options.ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(schema.Name, BinaryData.FromString(schema.Schema), jsonSchemaIsStrict: true);
        }

        return options;
    }

    private ProviderException Translate(Exception ex)
    {
        if (ex is ProviderException known)
        {
            return known;
        }

        if (ex is ClientResultException { Status: > 0 } http)
        {
            var response = http.GetRawResponse();
            var body = SafeBody(response);
            var detail = definition.Redact($"HTTP {http.Status}: {Short(body.Length > 0 ? body : http.Message)}");
            var retryAfter = (response is null ? null : RetryAfter(response.Headers)) ?? RetryDelayInBody(body);
            return http.Status switch
            {
                429 => new ProviderException(FailureKind.RateLimited, detail, retryAfter, ex),
                401 or 403 => new ProviderException(FailureKind.Unauthorized, detail, null, ex),
                400 or 413 when IsContextLength(body + " " + http.Message) => new ProviderException(FailureKind.ContextLength, detail, null, ex),
                408 or >= 500 => new ProviderException(FailureKind.ServerError, detail, retryAfter, ex),
                _ => new ProviderException(FailureKind.BadRequest, detail, null, ex),
            };
        }

        return ex switch
        {
            JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException =>
                new ProviderException(FailureKind.Malformed, definition.Redact($"Unreadable reply: {Short(ex.Message)}"), null, ex),
            _ => new ProviderException(FailureKind.Network, definition.Redact($"{ex.GetType().Name}: {Short(ex.Message)}"), null, ex),
        };
    }

    private static bool IsContextLength(string text) =>
        text.Contains("context_length_exceeded", StringComparison.OrdinalIgnoreCase)
        || text.Contains("context length", StringComparison.OrdinalIgnoreCase)
        || text.Contains("context window", StringComparison.OrdinalIgnoreCase)
        || text.Contains("maximum context", StringComparison.OrdinalIgnoreCase);

    private TimeSpan? RetryAfter(PipelineResponseHeaders headers)
    {
        if (headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        if (!headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Max(at - time.GetUtcNow(), TimeSpan.Zero)
            : null;
    }

    /// <summary>Gemini puts the delay in the body (google.rpc.RetryInfo, e.g. "retryDelay": "37s") rather than a header.</summary>
    private static TimeSpan? RetryDelayInBody(string body)
    {
        var match = RetryDelayPattern().Match(body);
        return match.Success && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }

    [GeneratedRegex("\"retryDelay\"\\s*:\\s*\"(\\d+(?:\\.\\d+)?)s\"", RegexOptions.CultureInvariant)]
    private static partial Regex RetryDelayPattern();

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string SafeBody(PipelineResponse? response)
    {
        try
        {
            return response?.Content?.ToString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return string.Empty;
        }
    }

    private static string Short(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
