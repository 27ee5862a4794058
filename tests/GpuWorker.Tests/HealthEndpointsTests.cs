using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MockInterview.Speech.Jobs;
using MockInterview.Speech.Worker;
using MockInterview.Storage.Files;
using MockInterview.Storage.Queues;

namespace MockInterview.GpuWorker.Tests;

public sealed class HealthEndpointsTests(WorkerApp app) : IClassFixture<WorkerApp>
{
    [Fact]
    public async Task Health_Get_SaysAlive()
    {
        using var client = app.CreateClient();

        var alive = await client.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("alive", alive.GetProperty("status").GetString());
        Assert.Equal("gpu-worker-under-test", alive.GetProperty("workerId").GetString());
    }

    [Fact]
    public async Task Ready_Get_EnginesInstalled_ReadyWithEachEngineChecked()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = SpeechJson.Deserialize<SpeechWorkerHeartbeat>(await response.Content.ReadAsStringAsync());
        Assert.True(report.CanTranscribe);
        Assert.True(report.CanSynthesize);
        Assert.Contains(report.Engines, e => e is { Name: "pocketsphinx", Kind: SpeechJobKind.Transcribe, Available: true });
        Assert.Contains(report.Engines, e => e is { Name: "flite", Kind: SpeechJobKind.Synthesize, Available: true });
    }

    [Fact]
    public async Task Capacity_Get_ReportsCapacityJobsAndQueueDepth()
    {
        // A job not due for an hour: counted on the queue, not run.
        var job = new SpeechJob(FileKeys.New(), SpeechJobKind.Synthesize, null, "Later.", null, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(2));
        await app.Queue.EnqueueAsync(QueueNames.SpeechJobs, SpeechJson.Serialize(job), TimeSpan.FromHours(1), CancellationToken.None);
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/capacity");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var capacity = SpeechJson.Deserialize<SpeechWorkerHeartbeat>(body);
        Assert.Equal("gpu-worker-under-test", capacity.WorkerId);
        Assert.Equal(2, capacity.Capacity);
        Assert.InRange(capacity.InFlight, 0, 2);
        Assert.True(capacity.QueueDepth >= 1);
        Assert.NotEmpty(capacity.Engines);
        Assert.Contains("\"kind\":\"transcribe\"", body, StringComparison.Ordinal);
    }
}
