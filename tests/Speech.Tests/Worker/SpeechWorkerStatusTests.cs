using MockInterview.Speech.Jobs;

namespace MockInterview.Speech.Tests.Worker;

public sealed class SpeechWorkerStatusTests : IAsyncLifetime
{
    private readonly WorkerHost host = new();
    private readonly CancellationToken none = CancellationToken.None;

    [Fact]
    public async Task CheckEnginesAsync_EnginesRun_EachAvailableAndTheRecognizerHeardTheSynthesizer()
    {
        var engines = await host.Status.CheckEnginesAsync(none);

        Assert.Contains(engines, e => e is { Name: "scripted-tts", Kind: SpeechJobKind.Synthesize, Available: true, Problem: null });
        Assert.Contains(engines, e => e is { Name: "scripted-stt", Kind: SpeechJobKind.Transcribe, Available: true });
        Assert.Equal(1, host.Recognizer.Calls);
        Assert.Equal(engines, host.Status.Engines);
        Assert.True(host.Status.CanRun(SpeechJobKind.Transcribe));
        Assert.True(host.Status.CanRun(SpeechJobKind.Synthesize));
    }

    [Fact]
    public async Task CheckEnginesAsync_EngineMissing_UnavailableWithItsMessage()
    {
        host.Synthesizer.Failure = new SpeechEngineUnavailableException("flite is not installed: apt-get install flite.");
        host.Recognizer.Failure = new SpeechEngineUnavailableException("Set Speech:Recognition:Whisper:ModelPath.");

        var engines = await host.Status.CheckEnginesAsync(none);

        Assert.Contains(engines, e => e is { Kind: SpeechJobKind.Synthesize, Available: false, Problem: "flite is not installed: apt-get install flite." });
        Assert.Contains(engines, e => e is { Kind: SpeechJobKind.Transcribe, Available: false, Problem: "Set Speech:Recognition:Whisper:ModelPath." });
        Assert.False(host.Status.CanRun(SpeechJobKind.Synthesize));
        Assert.False(host.Status.CanRun(SpeechJobKind.Transcribe));
    }

    [Fact]
    public async Task CheckDue_CheckedRecently_NotDueUntilTheIntervalPasses()
    {
        Assert.True(host.Status.CheckDue);
        await host.Status.CheckEnginesAsync(none);
        Assert.False(host.Status.CheckDue);

        host.Time.Advance(TimeSpan.FromSeconds(300));

        Assert.True(host.Status.CheckDue);
    }

    [Fact]
    public void Snapshot_NeverChecked_StartsNoCheckAndReportsNoEngine()
    {
        var report = host.Status.Snapshot(queueDepth: 0);

        Assert.Equal(0, host.Recognizer.Calls);
        Assert.Empty(host.Synthesizer.VoicesAsked);
        Assert.Empty(report.Engines);
        Assert.False(report.CanTranscribe);
        Assert.False(report.CanSynthesize);
    }

    [Fact]
    public async Task Snapshot_Reports_WorkerCapacityAndEngines()
    {
        await host.Status.CheckEnginesAsync(none);

        var report = host.Status.Snapshot(queueDepth: 7);

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
