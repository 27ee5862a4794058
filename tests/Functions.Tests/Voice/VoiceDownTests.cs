using System.Net;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;
using MockInterview.Speech.Client;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>No speech worker: voice requests get 503 voiceUnavailable at once, a voice interview says it is in text
/// mode and takes typed answers; a worker that beats but does not answer runs into the deadline; when a worker comes
/// back voice resumes.</summary>
public sealed class VoiceDownTests(VoiceDownFixture app) : IClassFixture<VoiceDownFixture>
{
    [Fact]
    public async Task Transcribe_NoWorker_ServiceUnavailableWithRetryAfter()
    {
        var response = await app.ClientFor("down-ada").PostAsync("/api/voice/transcribe", VoiceApiFixture.Upload(SpokenAudio.Wav(1, i => (short)(i % 50 * 200))));

        await Problems.AssertAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(SpeechClient.VoiceUnavailableCode, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Empty(app.StoredFiles());
    }

    [Fact]
    public async Task Synthesize_NoWorker_ServiceUnavailable()
    {
        var response = await app.ClientFor("down-bo").PostAsync(
            "/api/voice/synthesize", System.Net.Http.Json.JsonContent.Create(new { text = "A sentence nobody has spoken before: " + Guid.NewGuid() }));

        await Problems.AssertAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(SpeechClient.VoiceUnavailableCode, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]);
    }

    [Fact]
    public async Task VoiceInterview_NoWorker_TextModeAndTypedAnswerAccepted()
    {
        var api = new VoiceInterviewClient(app.ClientFor("down-cy"));

        var (id, view) = await VoiceDownSteps.SpeakThenTypeAsync(app, api);

        var audio = await api.QuestionAudioAsync(id, (string)view["question"]!["id"]!);
        await Problems.AssertAsync(audio, HttpStatusCode.ServiceUnavailable);
        Assert.True((bool?)JsonNode.Parse(await audio.Content.ReadAsStringAsync())!["textMode"]);

        var report = await api.FinishAsync(id);
        Assert.Contains("typedWhileVoiceDown", report.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(report["delivery"]);
    }
}
