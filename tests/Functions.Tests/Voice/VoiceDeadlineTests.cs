using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.Tests.Support;
using MockInterview.Speech.Client;
using MockInterview.Storage.Heartbeats;
using MockInterview.Storage.Queues;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>A worker that beats but never answers: the app waits out the transcribe deadline (on its clock), then the
/// interview switches to text mode and nothing is left stored.</summary>
public sealed class VoiceDeadlineTests(VoiceDownFixture app) : IClassFixture<VoiceDownFixture>
{
    [Fact]
    public async Task SubmitSpokenAnswer_WorkerBeatsButNeverAnswers_DeadlineThenTextMode()
    {
        // A worker that beats but takes no jobs (hung, or busy elsewhere): the app waits out the deadline on its clock.
        var services = app.Services;
        await services.GetRequiredService<IHeartbeatStore>().BeatAsync(SpeechAvailability.WorkerGroup, "hung-worker", "{}", CancellationToken.None);
        var queue = services.GetRequiredService<IWorkQueue>();
        var jobsBefore = await queue.CountAsync(QueueNames.SpeechJobs, CancellationToken.None);
        var api = new VoiceInterviewClient(app.ClientFor("deadline-ada"));
        var view = await api.StartAsync();
        var id = (string)view["id"]!;
        var questionId = (string)view["question"]!["id"]!;

        var pending = api.SpeakAsync(id, questionId, SpokenAudio.Wav(2, i => (short)(i % 40 * 300)));
        await Eventually.TrueAsync(async () => await queue.CountAsync(QueueNames.SpeechJobs, CancellationToken.None) > jobsBefore, "the job is enqueued");
        Assert.False(pending.IsCompleted);
        // The wait may arm its timer just after the job is visible: one more step fires it then.
        await DeadlineSteps.PassAsync(app.Clock, TimeSpan.FromSeconds(new SpeechClientOptions().TranscribeDeadlineSeconds), pending);
        var response = await pending;

        await Problems.AssertAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.True((bool?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["textMode"]);
        Assert.Equal("text", (string?)(await api.GetAsync(id))["voice"]!["current"]);
        Assert.Empty(app.StoredFiles());
    }
}
