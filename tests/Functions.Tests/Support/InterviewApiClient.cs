using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Support;

/// <summary>Calls the interview API as one caller, with bounded waits for the workflow's progress.</summary>
public sealed class InterviewApiClient(HttpClient http, ApiFixture fixture)
{
    public HttpClient Http { get; } = http;

    public ApiFixture Fixture { get; } = fixture;

    public async Task<JsonNode> StartAsync(object? body = null)
    {
        var response = await Http.PostAsJsonAsync("/api/interviews", body ?? new { mode = "behavioral", candidateName = "Ada", role = "Backend engineer", seniority = "mid" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    public async Task<JsonNode> GetAsync(string id)
    {
        var response = await Http.GetAsync($"/api/interviews/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    public async Task<string> GetRawAsync(string id) => await (await Http.GetAsync($"/api/interviews/{id}")).Content.ReadAsStringAsync();

    public Task<HttpResponseMessage> AnswerAsync(string id, string questionId, string text) =>
        Http.PostAsJsonAsync($"/api/interviews/{id}/answers", new { questionId, text });

    public Task<HttpResponseMessage> EndAsync(string id) => Http.PostAsync($"/api/interviews/{id}/end", null);

    /// <summary>Waits until GET shows a view matching <paramref name="condition"/>.</summary>
    public async Task<JsonNode> WaitForAsync(string id, Func<JsonNode, bool> condition, string because)
    {
        JsonNode? last = null;
        await Eventually.TrueAsync(
            async () =>
            {
                last = await GetAsync(id);
                return condition(last);
            },
            because + (last is null ? "" : $" (last view: {last.ToJsonString()})"));
        return last!;
    }

    /// <summary>Waits for a current question other than <paramref name="previousQuestionId"/>.</summary>
    public Task<JsonNode> WaitForNextQuestionAsync(string id, string previousQuestionId) =>
        WaitForAsync(
            id,
            v => v["question"] is JsonObject q && (string?)q["id"] != previousQuestionId || (string?)v["phase"] != "questions",
            $"the question after '{previousQuestionId}' is asked");

    public Task<JsonNode> WaitForPhaseAsync(string id, string phase) =>
        WaitForAsync(id, v => (string?)v["phase"] == phase && (phase == "completed" || v["question"] is JsonObject), $"the interview reaches {phase}");

    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new JsonException("Empty JSON body.");
}
