using System.Net;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>A voice interview that starts with no speech worker goes on in text mode; when a worker is started beside
/// the app (as the gpu-worker would be), the next voice request sees its heartbeat and voice resumes.</summary>
public sealed class VoiceResumeTests(VoiceDownFixture app) : IClassFixture<VoiceDownFixture>
{
    [Fact]
    public async Task VoiceInterview_WorkerComesBack_VoiceResumes()
    {
        var api = new VoiceInterviewClient(app.ClientFor("resume-ada"));

        var (id, view) = await VoiceDownSteps.SpeakThenTypeAsync(app, api);
        var questionId = (string)view["question"]!["id"]!;
        var audio = await api.QuestionAudioAsync(id, questionId);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, audio.StatusCode);

        await app.StartWorkerAsync();
        await app.WaitForWorkerAsync();

        audio = await api.QuestionAudioAsync(id, questionId);
        Assert.True(audio.StatusCode == HttpStatusCode.OK, await audio.Content.ReadAsStringAsync());
        view = await api.GetAsync(id);
        Assert.Equal("voice", (string?)view["voice"]!["current"]);
        var spoken = await api.SpeakAsync(id, questionId, await SpokenAudio.WavAsync("I led the team that moved our billing system to the cloud"));
        Assert.True(spoken.StatusCode == HttpStatusCode.Accepted, await spoken.Content.ReadAsStringAsync());

        var report = await api.FinishAsync(id);
        var text = report.ToJsonString();
        Assert.Contains("typedWhileVoiceDown", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, (int?)report["delivery"]!["spokenAnswers"]);
    }

}
