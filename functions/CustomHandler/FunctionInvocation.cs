using System.Text.Json;

namespace MockInterview.Functions.CustomHandler;

/// <summary>One decoded invocation of a non-HTTP trigger, as its handler sees it.</summary>
internal sealed class FunctionInvocation(
    string functionName,
    string? invocationId,
    IReadOnlyDictionary<string, JsonElement> data,
    IReadOnlyDictionary<string, JsonElement> metadata,
    IServiceProvider services,
    CancellationToken cancellationToken)
{
    /// <summary>The function's name (its folder and the path the host POSTs to).</summary>
    public string FunctionName { get; } = functionName;

    /// <summary>The host's <c>X-Azure-Functions-InvocationId</c>, when it sent one.</summary>
    public string? InvocationId { get; } = invocationId;

    /// <summary>Input binding values, decoded, keyed by binding name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, JsonElement> Data { get; } = data;

    /// <summary>Trigger metadata, decoded, keyed by name (case-insensitive); includes <c>sys</c>.</summary>
    public IReadOnlyDictionary<string, JsonElement> Metadata { get; } = metadata;

    /// <summary>The request's services.</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>Cancelled when the host abandons the request.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Deserializes the input binding <paramref name="bindingName"/>.</summary>
    /// <exception cref="KeyNotFoundException">The envelope has no such binding.</exception>
    public T? GetData<T>(string bindingName, JsonSerializerOptions? options = null) =>
        Data.TryGetValue(bindingName, out var value)
            ? value.Deserialize<T>(options ?? JsonSerializerOptions.Web)
            : throw new KeyNotFoundException(
                $"The invocation of '{FunctionName}' has no input binding '{bindingName}' " +
                $"(it has: {string.Join(", ", Data.Keys)}).");
}
