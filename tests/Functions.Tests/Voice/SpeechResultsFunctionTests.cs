using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.CustomHandler;
using MockInterview.Functions.Voice;
using MockInterview.Speech.Client;
using MockInterview.Speech.Jobs;
using MockInterview.Speech.Recognition;
using MockInterview.Storage.Files;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>The Azure path of speech results: the queue-triggered <c>SpeechResults</c> function is in the trigger table
/// with its queue binding, and an envelope POSTed by the Functions host reaches the waiting call.</summary>
public sealed class SpeechResultsFunctionTests(VoiceDownFixture app) : IClassFixture<VoiceDownFixture>
{
    [Fact]
    public void FunctionTable_SpeechResults_QueueTriggerOnTheResultsQueue()
    {
        var function = Assert.Single(app.Services.GetRequiredService<FunctionTable>().GetFunctions(), f => f.Name == SpeechResultsFunction.Name);

        var trigger = Assert.Single(function.Bindings);
        Assert.Equal("queueTrigger", (string?)trigger["type"]);
        Assert.Equal("in", (string?)trigger["direction"]);
        Assert.Equal("speech-results", (string?)trigger["queueName"]);
        Assert.Equal("AzureWebJobsStorage", (string?)trigger["connection"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_ResultEnvelope_CompletesTheWaitingCall(bool encodedAsString)
    {
        var waiters = app.Services.GetRequiredService<SpeechResultWaiters>();
        var jobId = FileKeys.New();
        var waiting = waiters.Register(jobId);
        var result = new SpeechJobResult(
            jobId, SpeechJobKind.Transcribe, SpeechJobStatus.Succeeded, new Transcript("hello", [], 1, 1, false, "pocketsphinx"), null, null, null, "w1", DateTimeOffset.UnixEpoch, 1, 2);
        var message = SpeechJson.Serialize(result);

        // The host double-encodes: a JSON object message arrives as the text of that JSON (older hosts) or as the object.
        JsonNode data = encodedAsString ? JsonValue.Create(message) : JsonNode.Parse(message)!;
        var envelope = new JsonObject { ["Data"] = new JsonObject { [SpeechResultsFunction.MessageBinding] = data }, ["Metadata"] = new JsonObject() };
        using var response = await app.CreateClient().PostAsync("/" + SpeechResultsFunction.Name, new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delivered = await Eventually.WithinAsync(waiting);
        Assert.Equal("hello", delivered.Transcript!.Text);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("reached its waiting request", body.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_GarbageMessage_AnsweredWithoutFailing()
    {
        var envelope = """{ "Data": { "message": "\"not a result\"" }, "Metadata": {} }""";

        using var response = await app.CreateClient().PostAsync("/" + SpeechResultsFunction.Name, new StringContent(envelope, Encoding.UTF8, "application/json"));

        // A failed invocation would make the host retry a message that can never be read; it is dropped instead.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
