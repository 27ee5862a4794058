using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MockInterview.Functions.Demo;

namespace MockInterview.Functions.Tests.Resilience;

/// <summary>Kills the real app process (SIGKILL) in the middle of many interviews, restarts it on the same
/// databases and checks that every interview finishes with no question or answer lost or repeated.</summary>
public sealed class ProcessKillResumeTests : IAsyncLifetime
{
    private const int Interviews = 8;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("kill-resume-");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        data.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task KillMidInterview_RestartOnSameData_EveryInterviewFinishesWithoutLossOrDuplicates()
    {
        var acceptedAnswers = new Dictionary<string, List<string>>();
        var lastAnswered = new Dictionary<string, string>();
        var ids = new List<string>();

        await using (var first = await StartAppAsync())
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
            for (var i = 0; i < Interviews; i++)
            {
                using var created = await http.PostAsJsonAsync("/api/interviews", new { mode = i % 2 == 0 ? "behavioral" : "technical", role = "backend engineer" });
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                ids.Add(id);
                acceptedAnswers[id] = [];
            }

            // Two answered turns each, waiting for every next question.
            for (var turn = 0; turn < 2; turn++)
            {
                foreach (var id in ids)
                {
                    var question = await WaitForQuestionAsync(http, id, previous: null);
                    await AnswerAsync(http, id, question, $"Answer {turn} of {id}: I led the migration and cut latency by 40 percent.", acceptedAnswers);
                    await WaitForQuestionAsync(http, id, previous: question);
                }
            }

            // One more answer each, fired together, and the process dies while they are being processed.
            var inFlight = ids.Select(async id =>
            {
                var view = await http.GetFromJsonAsync<JsonElement>($"/api/interviews/{id}");
                var question = view.GetProperty("question").GetProperty("id").GetString()!;
                await AnswerAsync(http, id, question, $"Answer 2 of {id}: we measured p95 before and after and shipped in two weeks.", acceptedAnswers);
                lock (lastAnswered)
                {
                    lastAnswered[id] = question;
                }
            }).ToList();
            await Task.WhenAll(inFlight);
            first.Kill();
        }

        await using var second = await StartAppAsync();
        using var client = new HttpClient { BaseAddress = second.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        foreach (var id in ids)
        {
            // Two more answers after the restart, then end the interview and close it.
            for (var turn = 3; turn < 5; turn++)
            {
                // The answer accepted just before the kill must be processed first: wait until it moves the interview on.
                var question = await WaitForQuestionAsync(client, id, previous: lastAnswered[id]);
                await AnswerAsync(client, id, question, $"Answer {turn} of {id}: I wrote the design doc and reduced cost by 15 percent.", acceptedAnswers);
                lastAnswered[id] = question;
            }

            using (var ended = await client.PostAsync($"/api/interviews/{id}/end", content: null))
            {
                Assert.Equal(HttpStatusCode.Accepted, ended.StatusCode);
            }

            await WaitForPhaseAsync(client, id, "summary");
            using (var finished = await client.PostAsync($"/api/interviews/{id}/end", content: null))
            {
                Assert.Equal(HttpStatusCode.Accepted, finished.StatusCode);
            }

            var final = await WaitForPhaseAsync(client, id, "completed");
            var transcript = final.GetProperty("transcript").EnumerateArray().ToList();

            var questionIds = transcript.Select(t => t.GetProperty("questionId").GetString()).ToList();
            Assert.Equal(questionIds.Count, questionIds.Distinct().Count());

            var answers = transcript
                .Select(t => t.TryGetProperty("answer", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null)
                .Where(a => a is not null)
                .ToList();
            foreach (var accepted in acceptedAnswers[id])
            {
                Assert.Equal(1, answers.Count(a => a == accepted));
            }

            Assert.Equal(answers.Count, answers.Distinct().Count());
            using var report = await client.GetAsync($"/api/interviews/{id}/report");
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        }
    }

    private Task<AppServerProcess> StartAppAsync() =>
        AppServerProcess.StartAsync(AppAssemblyPath(), data.FullName, new Dictionary<string, string>(), Bound);

    /// <summary>The app's build output sits beside this test project's under the same artifacts folder.</summary>
    private static string AppAssemblyPath()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var candidate = Path.Combine(testOutput.Parent!.Parent!.FullName, "MockInterview.Functions", testOutput.Name, "MockInterview.Functions.dll");
        return File.Exists(candidate)
            ? candidate
            : throw new FileNotFoundException($"The app's build output was not found at {candidate}; build the solution first.");
    }

    private static async Task AnswerAsync(HttpClient http, string id, string questionId, string text, Dictionary<string, List<string>> accepted)
    {
        using var response = await http.PostAsJsonAsync($"/api/interviews/{id}/answers", new { questionId, text });
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"answer to {questionId} of {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        lock (accepted)
        {
            accepted[id].Add(text);
        }
    }

    /// <summary>The current question once it differs from <paramref name="previous"/>.</summary>
    private static async Task<string> WaitForQuestionAsync(HttpClient http, string id, string? previous)
    {
        var view = await PollAsync(http, id, v =>
            v.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.Object && q.GetProperty("id").GetString() != previous,
            $"a question other than {previous}");
        return view.GetProperty("question").GetProperty("id").GetString()!;
    }

    private static Task<JsonElement> WaitForPhaseAsync(HttpClient http, string id, string phase) =>
        PollAsync(http, id, v => v.GetProperty("phase").GetString() == phase, $"phase {phase}");

    private static async Task<JsonElement> PollAsync(HttpClient http, string id, Func<JsonElement, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Bound;
        JsonElement view = default;
        while (DateTime.UtcNow < deadline)
        {
            view = await http.GetFromJsonAsync<JsonElement>($"/api/interviews/{id}");
            if (condition(view))
            {
                return view;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"Interview {id} did not reach {what} within {Bound}; last view: {view}");
    }
}
