using MockInterview.Speech.Jobs;
using MockInterview.Storage.Files;
using MockInterview.Storage.Queues;
using MockInterview.TestSupport;

namespace MockInterview.GpuWorker.Tests;

public sealed class EndToEndJobTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Worker_SynthesizeThenTranscribe_RealEnginesRoundTripTheSentence()
    {
        using var app = new WorkerApp();
        using var client = app.CreateClient();

        var spoken = await RunAsync(app, new SpeechJob(
            FileKeys.New(), SpeechJobKind.Synthesize, null, "I enjoy working with people on hard problems.", null, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.Add(Bound)));
        Assert.Equal(SpeechJobStatus.Succeeded, spoken.Status);
        Assert.InRange(spoken.Speech!.DurationSeconds, 1, 10);
        await using (var wav = await app.Files.OpenReadAsync(spoken.Speech.WavKey, CancellationToken.None))
        {
            Assert.NotNull(wav);
        }

        var heard = await RunAsync(app, new SpeechJob(
            FileKeys.New(), SpeechJobKind.Transcribe, spoken.Speech.WavKey, null, null, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.Add(Bound)));

        Assert.Equal(SpeechJobStatus.Succeeded, heard.Status);
        Assert.Equal("pocketsphinx", heard.Transcript!.Engine);
        var words = heard.Transcript.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(words.Intersect(["enjoy", "working", "people", "hard", "problems"]).Count() >= 3, $"Heard: {heard.Transcript.Text}");
        Assert.True(heard.ProcessingMilliseconds > 0);
    }

    [Fact]
    public async Task Worker_TranscribeMissingAudio_RejectedWithTheDecodersCode()
    {
        using var app = new WorkerApp();
        using var client = app.CreateClient();

        var result = await RunAsync(app, new SpeechJob(
            FileKeys.New(), SpeechJobKind.Transcribe, FileKeys.New(), null, null, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.Add(Bound)));

        Assert.Equal(SpeechJobStatus.Rejected, result.Status);
        Assert.Equal("audioMissing", result.ErrorCode);
    }

    private static async Task<SpeechJobResult> RunAsync(WorkerApp app, SpeechJob job)
    {
        await app.Queue.EnqueueAsync(QueueNames.SpeechJobs, SpeechJson.Serialize(job), null, CancellationToken.None);
        SpeechJobResult? result = null;
        await Eventually.TrueAsync(async () =>
        {
            foreach (var message in await app.Queue.ReceiveAsync(QueueNames.SpeechResults, 32, TimeSpan.FromMinutes(1), CancellationToken.None))
            {
                var candidate = SpeechJson.Deserialize<SpeechJobResult>(message.Body);
                if (candidate.JobId == job.JobId)
                {
                    result = candidate;
                    await app.Queue.CompleteAsync(message, CancellationToken.None);
                }
            }

            return result is not null;
        }, $"the result of {job.Kind} job", Bound);
        return result!;
    }
}
