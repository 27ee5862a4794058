using MockInterview.Speech.Jobs;
using MockInterview.Speech.Worker;
using MockInterview.Storage.Files;
using MockInterview.Storage.Queues;

namespace MockInterview.Speech.Tests.Worker;

/// <summary><see cref="SpeechJob.AllowSilence"/>: read from new messages, false in messages written before it existed,
/// and carried by the worker to the transcription.</summary>
public sealed class SpeechJobAllowSilenceTests : IAsyncLifetime
{
    private readonly WorkerHost host = new();

    [Fact]
    public void TryRead_MessageWithoutAllowSilence_ReadAsFalse()
    {
        var body = $$"""{"jobId":"{{FileKeys.New()}}","kind":"transcribe","audioKey":"{{FileKeys.New()}}","text":null,"voice":null,"endOfTurnSilenceSeconds":null,"enqueuedAt":"2026-01-01T09:00:00+00:00","expiresAt":"2026-01-01T09:01:00+00:00"}""";

        Assert.True(SpeechJobReader.TryRead(body, out var job, out var problem), problem);
        Assert.False(job.AllowSilence);
    }

    [Fact]
    public void TryRead_AllowSilenceWritten_ReadBack()
    {
        var body = SpeechJson.Serialize(host.TranscribeJob() with { AllowSilence = true });

        Assert.Contains("\"allowSilence\":true", body, StringComparison.Ordinal);
        Assert.True(SpeechJobReader.TryRead(body, out var job, out var problem), problem);
        Assert.True(job.AllowSilence);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProcessAsync_TranscribeJob_AllowSilenceReachesTheTranscription(bool allowSilence)
    {
        var disposition = await host.Processor.ProcessAsync(await host.DeliverAsync(host.TranscribeJob() with { AllowSilence = allowSilence }), CancellationToken.None);

        Assert.Equal(SpeechJobDisposition.Completed, disposition);
        Assert.Equal(allowSilence, host.Transcription.LastAllowSilence);
        Assert.Equal(0, await host.CountAsync(QueueNames.SpeechJobs));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
