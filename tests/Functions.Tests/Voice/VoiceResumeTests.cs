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
        var view = await api.StartAsync();
        var id = (string)view["id"]!;
        var questionId = (string)view["question"]!["id"]!;

        var spoken = await api.SpeakAsync(id, questionId, await SpokenAudio.WavAsync("I would ask the team first"));

        await Problems.AssertAsync(spoken, HttpStatusCode.ServiceUnavailable);
        var problem = JsonNode.Parse(await spoken.Content.ReadAsStringAsync())!;
        Assert.Equal("voiceUnavailable", (string?)problem["code"]);
        Assert.True((bool?)problem["textMode"]);
        Assert.Empty(app.StoredFiles());
        view = await api.GetAsync(id);
        Assert.Equal("text", (string?)view["voice"]!["current"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)view["voice"]!["message"]));
        Assert.Equal(questionId, (string?)view["question"]!["id"]);

        var typed = await api.TypeAsync(id, questionId, "I would ask the team what they need, agree on a plan, and write it down so we can follow it.");
        Assert.Equal(HttpStatusCode.Accepted, typed.StatusCode);
        view = await api.WaitForNextQuestionAsync(id, questionId);
        questionId = (string)view["question"]!["id"]!;
        var audio = await api.QuestionAudioAsync(id, questionId);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, audio.StatusCode);

        await app.StartWorkerAsync();
        await app.WaitForWorkerAsync();

        audio = await api.QuestionAudioAsync(id, questionId);
        Assert.True(audio.StatusCode == HttpStatusCode.OK, await audio.Content.ReadAsStringAsync());
        view = await api.GetAsync(id);
        Assert.Equal("voice", (string?)view["voice"]!["current"]);
        spoken = await api.SpeakAsync(id, questionId, await SpokenAudio.WavAsync("I led the team that moved our billing system to the cloud"));
        Assert.True(spoken.StatusCode == HttpStatusCode.Accepted, await spoken.Content.ReadAsStringAsync());

        var report = await api.FinishAsync(id);
        var text = report.ToJsonString();
        Assert.Contains("typedWhileVoiceDown", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, (int?)report["delivery"]!["spokenAnswers"]);
    }

}
