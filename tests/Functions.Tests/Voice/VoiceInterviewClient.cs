using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>Drives a voice interview through the API as one caller, with bounded waits.</summary>
public sealed class VoiceInterviewClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    /// <summary>Starts a behavioral voice interview; returns its first view.</summary>
    public async Task<JsonNode> StartAsync()
    {
        var response = await Http.PostAsJsonAsync("/api/interviews", new { mode = "behavioral", candidateName = "Ada", role = "Backend engineer", seniority = "mid", answerMode = "voice" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await InterviewApiClient.ReadJsonAsync(response);
    }

    public async Task<JsonNode> GetAsync(string id) => await InterviewApiClient.ReadJsonAsync(await Http.GetAsync($"/api/interviews/{id}"));

    /// <summary>Posts <paramref name="audio"/> as the spoken answer to <paramref name="questionId"/>.</summary>
    public Task<HttpResponseMessage> SpeakAsync(string id, string questionId, byte[] audio) =>
        Http.PostAsync($"/api/interviews/{id}/answers/audio", VoiceApiFixture.Upload(audio, "audio/wav", "answer.wav", ("questionId", questionId)));

    public Task<HttpResponseMessage> TypeAsync(string id, string questionId, string text) =>
        Http.PostAsJsonAsync($"/api/interviews/{id}/answers", new { questionId, text });

    public Task<HttpResponseMessage> QuestionAudioAsync(string id, string questionId) => Http.GetAsync($"/api/interviews/{id}/questions/{questionId}/audio");

    /// <summary>Waits for a view matching <paramref name="condition"/>.</summary>
    public async Task<JsonNode> WaitForAsync(string id, Func<JsonNode, bool> condition, string because)
    {
        JsonNode? last = null;
        await Eventually.TrueAsync(
            async () =>
            {
                last = await GetAsync(id);
                return condition(last);
            },
            because,
            TimeSpan.FromSeconds(30));
        return last!;
    }

    /// <summary>Waits for a current question other than <paramref name="previous"/> (or the end of the question phase).</summary>
    public Task<JsonNode> WaitForNextQuestionAsync(string id, string previous) =>
        WaitForAsync(id, v => v["question"] is JsonObject q && (string?)q["id"] != previous || (string?)v["phase"] != "questions", $"the question after '{previous}' is asked");

    /// <summary>Ends the question phase, answers the closing question by typing and waits for the report.</summary>
    public async Task<JsonNode> FinishAsync(string id)
    {
        Assert.Equal(HttpStatusCode.Accepted, (await Http.PostAsync($"/api/interviews/{id}/end", null)).StatusCode);
        await WaitForAsync(id, v => (string?)v["phase"] == "summary" && v["question"] is JsonObject, "the summary phase starts");
        Assert.Equal(HttpStatusCode.Accepted, (await TypeAsync(id, "closing", "No questions, thank you.")).StatusCode);
        await WaitForAsync(id, v => (string?)v["phase"] == "completed", "the interview completes");
        return await InterviewApiClient.ReadJsonAsync(await Http.GetAsync($"/api/interviews/{id}/report"));
    }
}
