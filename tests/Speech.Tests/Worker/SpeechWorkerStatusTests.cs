using MockInterview.Speech.Jobs;

namespace MockInterview.Speech.Tests.Worker;

public sealed class SpeechWorkerStatusTests : IAsyncLifetime
{
    private readonly WorkerHost host = new();
    private readonly CancellationToken none = CancellationToken.None;

    [Fact]
    public async Task GetEnginesAsync_EnginesRun_EachAvailableAndTheRecognizerHeardTheSynthesizer()
    {
        var engines = await host.Status.GetEnginesAsync(none);

        Assert.Contains(engines, e => e is { Name: "scripted-tts", Kind: SpeechJobKind.Synthesize, Available: true, Problem: null });
        Assert.Contains(engines, e => e is { Name: "scripted-stt", Kind: SpeechJobKind.Transcribe, Available: true });
        Assert.Equal(1, host.Recognizer.Calls);
        Assert.True(await host.Status.CanRunAsync(SpeechJobKind.Transcribe, none));
        Assert.True(await host.Status.CanRunAsync(SpeechJobKind.Synthesize, none));
    }

    [Fact]
    public async Task GetEnginesAsync_EngineMissing_UnavailableWithItsMessage()
    {
        host.Synthesizer.Failure = new SpeechEngineUnavailableException("flite is not installed: apt-get install flite.");
        host.Recognizer.Failure = new SpeechEngineUnavailableException("Set Speech:Recognition:Whisper:ModelPath.");

        var engines = await host.Status.GetEnginesAsync(none);

        Assert.Contains(engines, e => e is { Kind: SpeechJobKind.Synthesize, Available: false, Problem: "flite is not installed: apt-get install flite." });
        Assert.Contains(engines, e => e is { Kind: SpeechJobKind.Transcribe, Available: false, Problem: "Set Speech:Recognition:Whisper:ModelPath." });
        Assert.False(await host.Status.CanRunAsync(SpeechJobKind.Synthesize, none));
        Assert.False(await host.Status.CanRunAsync(SpeechJobKind.Transcribe, none));
    }

    [Fact]
    public async Task GetEnginesAsync_CheckedRecently_NotCheckedAgainUntilTheIntervalPasses()
    {
        await host.Status.GetEnginesAsync(none);
        await host.Status.GetEnginesAsync(none);
        Assert.Equal(1, host.Recognizer.Calls);

        host.Time.Advance(TimeSpan.FromSeconds(300));
        await host.Status.GetEnginesAsync(none);

        Assert.Equal(2, host.Recognizer.Calls);
    }

    [Fact]
    public async Task SnapshotAsync_Reports_WorkerCapacityAndEngines()
    {
        var report = await host.Status.SnapshotAsync(queueDepth: 7, none);

        Assert.Equal("worker-under-test", report.WorkerId);
        Assert.Equal(2, report.Capacity);
        Assert.Equal(0, report.InFlight);
        Assert.Equal(7, report.QueueDepth);
        Assert.True(report.CanTranscribe);
        Assert.True(report.CanSynthesize);
        Assert.Equal(2, report.Engines.Count);
        Assert.False(string.IsNullOrEmpty(report.Version));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
