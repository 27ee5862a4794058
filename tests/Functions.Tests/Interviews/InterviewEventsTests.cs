using System.Net;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Interviews;

[Collection(ApiCollection.Name)]
public sealed class InterviewEventsTests(ApiFixture fixture)
{
    [Fact]
    public async Task Events_WholeInterview_SendsCurrentViewThenChangesAndClosesAfterCompletion()
    {
        var api = fixture.ClientFor("events-user");
        var id = (string)(await api.StartAsync())["id"]!;
        var firstQuestion = (string)(await api.GetAsync(id))["question"]!["id"]!;

        using var response = await api.Http.GetAsync($"/api/interviews/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var events = new ServerSentEventReader(stream);

        var first = await events.NextAsync();
        Assert.Equal("interview", first.Event);
        Assert.Equal(firstQuestion, (string?)first.Data["question"]!["id"]);
        Assert.Equal("questions", (string?)first.Data["phase"]);

        Assert.Equal(HttpStatusCode.Accepted, (await api.AnswerAsync(id, firstQuestion, "I led the migration of our billing system to .NET 8 and cut costs by 30%.")).StatusCode);
        var next = await events.NextMatchingAsync(v => v["question"] is JsonObject q && (string?)q["id"] != firstQuestion);
        Assert.Single(next["transcript"]!.AsArray());

        Assert.Equal(HttpStatusCode.Accepted, (await api.EndAsync(id)).StatusCode);
        await events.NextMatchingAsync(v => (string?)v["phase"] == "summary" && v["question"] is JsonObject);
        Assert.Equal(HttpStatusCode.Accepted, (await api.EndAsync(id)).StatusCode);
        var last = await events.NextMatchingAsync(v => (string?)v["phase"] == "completed");
        Assert.Equal($"/api/interviews/{id}/report", (string?)last["reportUrl"]);
        Assert.True(await events.EndedAsync(), "The stream closes after the completed view.");
    }

    [Fact]
    public async Task Events_CompletedInterview_SendsOneViewAndCloses()
    {
        var api = fixture.ClientFor("events-user");
        var id = (string)(await api.StartAsync())["id"]!;
        await api.EndAsync(id);
        await api.WaitForPhaseAsync(id, "summary");
        await api.EndAsync(id);
        await api.WaitForPhaseAsync(id, "completed");

        using var response = await api.Http.GetAsync($"/api/interviews/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var events = new ServerSentEventReader(stream);
        Assert.Equal("completed", (string?)(await events.NextAsync()).Data["phase"]);
        Assert.True(await events.EndedAsync());
    }

    [Fact]
    public async Task Events_StreamLifetimeElapses_StreamCloses()
    {
        var api = fixture.ClientFor("events-user");
        var id = (string)(await api.StartAsync(new { mode = "technical", durationMinutes = 60 }))["id"]!;
        using var response = await api.Http.GetAsync($"/api/interviews/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var events = new ServerSentEventReader(stream);
        await events.NextAsync();

        // Default lifetime: 30 minutes of (manual) clock time. Answer deadlines pass meanwhile, so views keep coming.
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(31));
        Assert.True(await events.EndedAsync(), "The stream closes when its lifetime is over.");
    }

    /// <summary>Reads text/event-stream frames, each wait bounded.</summary>
    private sealed class ServerSentEventReader(Stream stream) : IDisposable
    {
        private readonly StreamReader reader = new(stream);

        public async Task<(string? Event, JsonNode Data)> NextAsync()
        {
            string? name = null;
            var data = new List<string>();
            while (true)
            {
                var line = await Eventually.WithinAsync(reader.ReadLineAsync(), what: "the next server-sent event line")
                    ?? throw new EndOfStreamException("The event stream ended.");
                if (line.Length == 0)
                {
                    if (data.Count > 0)
                    {
                        return (name, JsonNode.Parse(string.Join("\n", data))!);
                    }

                    continue;
                }

                if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    name = line["event:".Length..].Trim();
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    data.Add(line["data:".Length..].TrimStart());
                }
            }
        }

        public async Task<JsonNode> NextMatchingAsync(Func<JsonNode, bool> condition)
        {
            while (true)
            {
                var next = await NextAsync();
                if (condition(next.Data))
                {
                    return next.Data;
                }
            }
        }

        /// <summary>Reads to the end of the stream (skipping remaining events); true when it ends in time.</summary>
        public async Task<bool> EndedAsync()
        {
            while (await Eventually.WithinAsync(reader.ReadLineAsync(), what: "the end of the event stream") is not null)
            {
            }

            return true;
        }

        public void Dispose() => reader.Dispose();
    }
}
