using MockInterview.Speech.Jobs;
using MockInterview.Speech.Worker;
using MockInterview.Storage.Files;
using MockInterview.Storage.Queues;

namespace MockInterview.Speech.Tests.Worker;

/// <summary><see cref="SpeechJob.CompressedFirst"/>: read from new messages, false in messages written before it
/// existed, and carried by the worker to the synthesis.</summary>
public sealed class SpeechJobCompressedFirstTests : IAsyncLifetime
{
    private readonly WorkerHost host = new();

    [Fact]
    public void TryRead_MessageWithoutCompressedFirst_ReadAsFalse()
    {
        var body = $$"""{"jobId":"{{FileKeys.New()}}","kind":"synthesize","audioKey":null,"text":"Tell me about yourself.","voice":null,"endOfTurnSilenceSeconds":null,"enqueuedAt":"2026-01-01T09:00:00+00:00","expiresAt":"2026-01-01T09:01:00+00:00","allowSilence":false}""";

        Assert.True(SpeechJobReader.TryRead(body, out var job, out var problem), problem);
        Assert.False(job.CompressedFirst);
    }

    [Fact]
    public void TryRead_CompressedFirstWritten_ReadBack()
    {
        var body = SpeechJson.Serialize(host.SynthesizeJob() with { CompressedFirst = true });

        Assert.Contains("\"compressedFirst\":true", body, StringComparison.Ordinal);
        Assert.True(SpeechJobReader.TryRead(body, out var job, out var problem), problem);
        Assert.True(job.CompressedFirst);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProcessAsync_SynthesizeJob_CompressedFirstReachesTheSynthesis(bool compressedFirst)
    {
        var disposition = await host.Processor.ProcessAsync(await host.DeliverAsync(host.SynthesizeJob() with { CompressedFirst = compressedFirst }), CancellationToken.None);

        Assert.Equal(SpeechJobDisposition.Completed, disposition);
        Assert.Equal(compressedFirst, host.Synthesis.LastCompressedFirst);
        Assert.Equal(SpeechJobStatus.Succeeded, Assert.Single(await host.TakeResultsAsync()).Result.Status);
        Assert.Equal(0, await host.CountAsync(QueueNames.SpeechJobs));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
