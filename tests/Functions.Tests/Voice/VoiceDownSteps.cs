using System.Net;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>What a voice interview does when no speech worker is running, checked the same way by every test of it.</summary>
internal static class VoiceDownSteps
{
    /// <summary>Asserts that <paramref name="response"/> to a voice request was 503 <c>voiceUnavailable</c> with
    /// <c>textMode</c>, that nothing was stored, and that the interview is now in text mode on the same question.</summary>
    public static async Task AssertSwitchedToTextAsync(
        VoiceDownFixture app, VoiceInterviewClient api, HttpResponseMessage response, string id, string questionId)
    {
        await Problems.AssertAsync(response, HttpStatusCode.ServiceUnavailable);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("voiceUnavailable", (string?)problem["code"]);
        Assert.True((bool?)problem["textMode"]);
        Assert.Empty(app.StoredFiles());
        var view = await api.GetAsync(id);
        Assert.Equal("text", (string?)view["voice"]!["current"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)view["voice"]!["message"]));
        Assert.Equal(questionId, (string?)view["question"]!["id"]);
    }

    /// <summary>Starts a voice interview, answers its first question by voice (refused: the interview switches to text),
    /// types the answer instead and waits for the next question; returns the interview's id and its view then.</summary>
    public static async Task<(string Id, JsonNode View)> SpeakThenTypeAsync(VoiceDownFixture app, VoiceInterviewClient api)
    {
        var view = await api.StartAsync();
        var id = (string)view["id"]!;
        var questionId = (string)view["question"]!["id"]!;

        var spoken = await api.SpeakAsync(id, questionId, await SpokenAudio.WavAsync("I would ask the team first"));

        await AssertSwitchedToTextAsync(app, api, spoken, id, questionId);
        var typed = await api.TypeAsync(id, questionId, "I would ask the team what they need, agree on a plan, and write it down so we can follow it.");
        Assert.Equal(HttpStatusCode.Accepted, typed.StatusCode);
        return (id, await api.WaitForNextQuestionAsync(id, questionId));
    }
}
