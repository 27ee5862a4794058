using System.Text.Json;
using MockInterview.Functions.CustomHandler;
using MockInterview.Speech.Client;
using MockInterview.Storage.Queues;

namespace MockInterview.Functions.Voice;

/// <summary>The <c>SpeechResults</c> queue function: in Azure the Functions host delivers each message of the
/// <c>speech-results</c> queue by POSTing <c>/SpeechResults</c>; it is handed to the same
/// <see cref="SpeechResultHandler"/> that the local listener calls.</summary>
/// <remarks>The host deletes the message when the invocation succeeds, so the handler never throws for a bad message.</remarks>
internal static class SpeechResultsFunction
{
    /// <summary>The function's name: its folder in the package and the path the host POSTs to.</summary>
    public const string Name = "SpeechResults";

    /// <summary>The queue trigger's binding name (the key of the message in the envelope's <c>Data</c>).</summary>
    public const string MessageBinding = "message";

    /// <summary>The bindings of SpeechResults/function.json: a queue trigger on the results queue, through the app
    /// setting named <paramref name="connectionSetting"/>.</summary>
    public static IReadOnlyList<FunctionBinding> Bindings(string connectionSetting) =>
    [
        new FunctionBinding("queueTrigger", BindingDirection.In, MessageBinding)
        {
            Properties =
            {
                ["queueName"] = QueueNames.SpeechResults,
                ["connection"] = connectionSetting,
            },
        },
    ];

    /// <summary>Hands the message to the result handler.</summary>
    public static Task<InvocationResponse> HandleAsync(FunctionInvocation invocation)
    {
        var handler = invocation.Services.GetRequiredService<SpeechResultHandler>();
        var logs = new List<string>();
        if (!invocation.Data.TryGetValue(MessageBinding, out var message))
        {
            logs.Add($"The invocation has no '{MessageBinding}' binding; nothing to do.");
            return Task.FromResult(new InvocationResponse { Logs = logs });
        }

        // The host sends a JSON message as the object itself (after decoding) or, from older hosts, as its text.
        var body = message.ValueKind == JsonValueKind.String ? message.GetString()! : message.GetRawText();
        logs.Add(handler.Handle(body) ? "The result reached its waiting request." : "Nobody waits for this result here; dropped.");
        return Task.FromResult(new InvocationResponse { Logs = logs });
    }
}
