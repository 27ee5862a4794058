using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Interviews;

[Collection(ApiCollection.Name)]
public sealed class BadInputTests(ApiFixture fixture)
{
    private readonly InterviewApiClient api = fixture.ClientFor("bad-input-user");

    [Fact]
    public async Task Start_UnknownMode_Returns400ListingModes()
    {
        var detail = await Problems.AssertAsync(await api.Http.PostAsJsonAsync("/api/interviews", new { mode = "astrology" }), HttpStatusCode.BadRequest);
        Assert.Contains("screening, behavioral, technical, customized", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", "mode")]
    [InlineData("""{"mode":"1"}""", "mode")]
    [InlineData("""{"mode":"behavioral","durationMinutes":4}""", "durationMinutes")]
    [InlineData("""{"mode":"behavioral","durationMinutes":61}""", "durationMinutes")]
    [InlineData("""{"mode":"customized"}""", "resumeText")]
    public async Task Start_InvalidField_Returns400NamingTheField(string body, string field)
    {
        var response = await PostJsonAsync("/api/interviews", body);
        await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]![field]);
    }

    [Theory]
    [InlineData("candidateName", 101)]
    [InlineData("role", 201)]
    [InlineData("seniority", 201)]
    [InlineData("resumeText", 50_001)]
    [InlineData("jobDescription", 50_001)]
    public async Task Start_OversizedField_Returns400(string field, int length)
    {
        var body = new JsonObject { ["mode"] = "behavioral", [field] = new string('a', length) };
        var detail = await Problems.AssertAsync(await PostJsonAsync("/api/interviews", body.ToJsonString()), HttpStatusCode.BadRequest);
        Assert.Contains(field, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BodyOverOneMegabyte_Returns413()
    {
        var body = new JsonObject { ["mode"] = "behavioral", ["resumeText"] = new string('a', 1_100_000) }.ToJsonString();
        await Problems.AssertAsync(await PostJsonAsync("/api/interviews", body), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Start_ChunkedBodyOverOneMegabyte_Returns413()
    {
        var body = new JsonObject { ["mode"] = "behavioral", ["resumeText"] = new string('a', 1_100_000) }.ToJsonString();
        var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");
        await Problems.AssertAsync(await api.Http.PostAsync("/api/interviews", content), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Start_MalformedJson_Returns400SayingWhere()
    {
        var detail = await Problems.AssertAsync(await PostJsonAsync("/api/interviews", "{\"mode\": \"behavioral\",\n \"durationMinutes\": \"ten\"}"), HttpStatusCode.BadRequest);
        Assert.Contains("$.durationMinutes", detail, StringComparison.Ordinal);
        Assert.Contains("line 2", detail, StringComparison.Ordinal);

        await Problems.AssertAsync(await PostJsonAsync("/api/interviews", "{\"mode\": "), HttpStatusCode.BadRequest);
        await Problems.AssertAsync(await PostJsonAsync("/api/interviews", ""), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Start_WrongContentType_Returns415()
    {
        var content = new StringContent("mode=behavioral", Encoding.UTF8, "text/plain");
        await Problems.AssertAsync(await api.Http.PostAsync("/api/interviews", content), HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/api/interviews", "bogus")]
    [InlineData("/api/interviews/0123456789abcdef0123456789abcdef/answers", "bogus")]
    [InlineData("/api/evaluate", "bogus")]
    [InlineData("/api/interviews", "utf-7")]
    [InlineData("/api/interviews", "\"utf-8\"")]
    [InlineData("/api/interviews", "")]
    public async Task AnyBody_UnknownCharset_Returns415(string url, string charset)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"mode":"behavioral"}"""));
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");

        var detail = await Problems.AssertAsync(await api.Http.PostAsync(url, content), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains($"'{charset}'", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-an-id")]
    [InlineData("..%2F..%2Fetc")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    public async Task AnyRoute_UnknownOrMalformedId_Returns404(string id)
    {
        await Problems.AssertAsync(await api.Http.GetAsync($"/api/interviews/{id}"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await api.Http.GetAsync($"/api/interviews/{id}/events"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await api.AnswerAsync(id, "q", "text"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await api.EndAsync(id), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await api.Http.GetAsync($"/api/interviews/{id}/report"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnyRoute_AnotherCallersInterview_Returns404AndChangesNothing()
    {
        var id = (string)(await api.StartAsync())["id"]!;
        var questionId = (string)(await api.GetAsync(id))["question"]!["id"]!;
        var before = await api.GetRawAsync(id);
        var intruder = fixture.ClientFor("someone-else");

        await Problems.AssertAsync(await intruder.Http.GetAsync($"/api/interviews/{id}"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await intruder.Http.GetAsync($"/api/interviews/{id}/events"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await intruder.AnswerAsync(id, questionId, "mine now"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await intruder.EndAsync(id), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await intruder.Http.GetAsync($"/api/interviews/{id}/report"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await fixture.ClientFor().Http.GetAsync($"/api/interviews/{id}"), HttpStatusCode.NotFound);

        Assert.Equal(before, await api.GetRawAsync(id));
    }

    [Fact]
    public async Task Answer_InvalidBody_Returns400AndChangesNothing()
    {
        var id = (string)(await api.StartAsync())["id"]!;
        var questionId = (string)(await api.GetAsync(id))["question"]!["id"]!;
        var before = await api.GetRawAsync(id);

        var detail = await Problems.AssertAsync(await api.AnswerAsync(id, questionId, new string('x', 10_001)), HttpStatusCode.BadRequest);
        Assert.Contains("10,000", detail, StringComparison.Ordinal);
        await Problems.AssertAsync(await PostJsonAsync($"/api/interviews/{id}/answers", $$"""{"questionId":"{{questionId}}"}"""), HttpStatusCode.BadRequest);
        await Problems.AssertAsync(await PostJsonAsync($"/api/interviews/{id}/answers", """{"text":"hello"}"""), HttpStatusCode.BadRequest);
        await Problems.AssertAsync(await PostJsonAsync($"/api/interviews/{id}/answers", "[1,2"), HttpStatusCode.BadRequest);

        Assert.Equal(before, await api.GetRawAsync(id));
        Assert.Equal(HttpStatusCode.Accepted, (await api.AnswerAsync(id, questionId, new string('x', 10_000))).StatusCode);
    }

    [Fact]
    public async Task Answer_NotTheCurrentQuestion_Returns409AndChangesNothing()
    {
        var id = (string)(await api.StartAsync())["id"]!;
        var before = await api.GetRawAsync(id);
        var detail = await Problems.AssertAsync(await api.AnswerAsync(id, "some-other-question", "An answer."), HttpStatusCode.Conflict);
        Assert.Contains("not the current question", detail, StringComparison.Ordinal);
        Assert.Equal(before, await api.GetRawAsync(id));
    }

    [Fact]
    public async Task Answer_AfterItsDeadline_Returns409()
    {
        var id = (string)(await api.StartAsync())["id"]!;
        var question = (await api.GetAsync(id))["question"]!;
        var questionId = (string)question["id"]!;
        var due = DateTimeOffset.Parse((string)question["answerDueAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        await fixture.AdvanceToAsync(due);

        await Problems.AssertAsync(await api.AnswerAsync(id, questionId, "Too late."), HttpStatusCode.Conflict);
        var view = await api.WaitForNextQuestionAsync(id, questionId);
        Assert.True((bool?)view["transcript"]![0]!["timedOut"]);
        Assert.Null((string?)view["transcript"]![0]!["answer"]);
    }

    [Fact]
    public async Task Answer_AfterEndRequested_Returns409()
    {
        var id = (string)(await api.StartAsync())["id"]!;
        var questionId = (string)(await api.GetAsync(id))["question"]!["id"]!;
        Assert.Equal(HttpStatusCode.Accepted, (await api.EndAsync(id)).StatusCode);
        await Problems.AssertAsync(await api.AnswerAsync(id, questionId, "Still answering."), HttpStatusCode.Conflict);
        var view = await api.WaitForPhaseAsync(id, "summary");
        Assert.Null((string?)view["transcript"]![0]!["answer"]);
    }

    [Fact]
    public async Task Answer_TwentyConcurrentDuplicates_ExactlyOneAccepted()
    {
        var id = (string)(await api.StartAsync())["id"]!;
        var questionId = (string)(await api.GetAsync(id))["question"]!["id"]!;
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => api.AnswerAsync(id, questionId, $"Answer number {i}.")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Accepted);
        foreach (var rejected in responses.Where(r => r.StatusCode != HttpStatusCode.Accepted))
        {
            await Problems.AssertAsync(rejected, HttpStatusCode.Conflict);
        }

        var view = await api.WaitForNextQuestionAsync(id, questionId);
        var transcript = view["transcript"]!.AsArray();
        Assert.Single(transcript);
        Assert.StartsWith("Answer number ", (string?)transcript[0]!["answer"], StringComparison.Ordinal);
        await Problems.AssertAsync(await api.AnswerAsync(id, questionId, "Once more."), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Report_BeforeCompletion_Returns409()
    {
        var id = (string)(await api.StartAsync())["id"]!;
        var detail = await Problems.AssertAsync(await api.Http.GetAsync($"/api/interviews/{id}/report"), HttpStatusCode.Conflict);
        Assert.Contains("questions phase", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownFormat_Returns400()
    {
        var id = (string)(await api.StartAsync())["id"]!;
        var detail = await Problems.AssertAsync(await api.Http.GetAsync($"/api/interviews/{id}/report?format=pdf"), HttpStatusCode.BadRequest);
        Assert.Contains("json, md or html", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiRoute_Returns404Problem()
    {
        var detail = await Problems.AssertAsync(await api.Http.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
        Assert.Contains("/api/nothing-here", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnownRoute_WrongMethod_Returns405Problem()
    {
        var response = await api.Http.DeleteAsync("/api/interviews");
        var detail = await Problems.AssertAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("POST", detail, StringComparison.Ordinal);
        await Problems.AssertAsync(await api.Http.GetAsync("/api/evaluate"), HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task AnyRoute_InvalidUserHeader_Returns400(string user)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/interviews/0123456789abcdef0123456789abcdef");
        request.Headers.TryAddWithoutValidation("X-User-Id", user);
        var detail = await Problems.AssertAsync(await fixture.CreateClient().SendAsync(request), HttpStatusCode.BadRequest);
        Assert.Contains("X-User-Id", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "expected a JSON object")]
    [InlineData("42", "expected a JSON object")]
    [InlineData("null", "A JSON object is required")]
    [InlineData("{\"mode\": \"behavioral\", \"durationMinutes\": {}}", "wrong type")]
    [InlineData("{\"mode\": \"bogus\", \"mode\": \"behavioral\"}", "$.mode")]
    public async Task Start_BodyOfTheWrongShape_Returns400InPlainWords(string json, string expected)
    {
        var detail = await Problems.AssertAsync(await PostJsonAsync("/api/interviews", json), HttpStatusCode.BadRequest);

        Assert.Contains(expected, detail, StringComparison.Ordinal);
        Assert.DoesNotContain("MockInterview", detail, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PostJsonAsync(string url, string json) =>
        api.Http.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>A body sent without Content-Length (chunked), so only counting the bytes can catch its size.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
