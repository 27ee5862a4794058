using System.Text.Json;
using MockInterview.Llm.Routing;

namespace MockInterview.LlmInterviewer.Calls;

/// <summary>One LLM call with a strict schema, bounded in time, whose reply is parsed into <typeparamref name="T"/>.</summary>
internal sealed class StructuredCall(ILlmRouter router, TimeProvider time, TimeSpan timeout)
{
    /// <summary>How every reply (and each grade inside a review) is read: names in any case, numbers only as numbers.</summary>
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };

    /// <summary>The parsed reply and who gave it. Throws <see cref="LlmRouterException"/> when no provider answers,
    /// <see cref="OperationCanceledException"/> on the timeout, <see cref="LlmReplyException"/> when the reply is not
    /// the expected JSON.</summary>
    public async Task<Reply<T>> SendAsync<T>(LlmRequest request, CancellationToken cancellationToken)
        where T : class
    {
        using var bound = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, bound.Token);
        var response = await router.CompleteAsync(request, linked.Token).ConfigureAwait(false);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(response.Content, Json);
        }
        catch (JsonException ex)
        {
            throw new LlmReplyException($"The {request.Purpose} reply is not the expected JSON: {ex.Message}", ex);
        }

        return new Reply<T>(value ?? throw new LlmReplyException($"The {request.Purpose} reply is JSON null."), LlmSources.Llm(response.Provider, response.Model));
    }
}
