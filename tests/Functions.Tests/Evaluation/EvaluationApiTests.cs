using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Evaluation;

[Collection(ApiCollection.Name)]
public sealed class EvaluationApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Evaluate_ValidAnswer_ReturnsExplainedScore()
    {
        var response = await fixture.CreateClient().PostAsJsonAsync("/api/evaluate", new
        {
            mode = "behavioral",
            question = "Tell me about a time you disagreed with a teammate.",
            answer = "In 2022 my teammate wanted to rewrite our API. I suggested we measure first; I ran a load test, we found one slow query, fixed it in a day and cut p95 latency by 60%.",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var score = (double)body["score"]!;
        Assert.InRange(score, 0, 10);
        Assert.NotEmpty(body["dimensions"]!.AsObject());
        Assert.NotNull(body["flags"]!.AsArray());
        Assert.False(string.IsNullOrWhiteSpace((string?)body["feedback"]));
        Assert.NotEmpty(body["reasons"]!.AsArray());
        Assert.Equal("offline", (string?)body["source"]);
    }

    [Fact]
    public async Task Evaluate_EmptyAnswer_ScoresLowWithFlag()
    {
        var response = await fixture.CreateClient().PostAsJsonAsync("/api/evaluate", new { mode = "technical", question = "What is a hash table?", answer = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True((double)body["score"]! <= 2);
        Assert.NotEmpty(body["flags"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"question":"Q?","answer":"A."}""", "mode")]
    [InlineData("""{"mode":"poetry","question":"Q?","answer":"A."}""", "mode")]
    [InlineData("""{"mode":"technical","answer":"A."}""", "question")]
    [InlineData("""{"mode":"technical","question":"Q?"}""", "answer")]
    public async Task Evaluate_InvalidBody_Returns400NamingTheField(string body, string field)
    {
        var response = await fixture.CreateClient().PostAsync("/api/evaluate", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![field]);
    }

    [Fact]
    public async Task Evaluate_OversizedAnswer_Returns400()
    {
        var response = await fixture.CreateClient().PostAsJsonAsync("/api/evaluate", new { mode = "technical", question = "Q?", answer = new string('a', 10_001) });
        await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
    }
}
