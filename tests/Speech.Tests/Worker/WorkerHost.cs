using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MockInterview.Speech.Jobs;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Synthesis;
using MockInterview.Speech.Worker;
using MockInterview.Storage;
using MockInterview.Storage.Files;
using MockInterview.Storage.Heartbeats;
using MockInterview.Storage.Queues;
using MockInterview.TestSupport;

namespace MockInterview.Speech.Tests.Worker;

/// <summary>The worker as a host registers it (real SQLite queue file in a temporary folder, manual clock), with
/// scripted transcription and synthesis ports.</summary>
internal sealed class WorkerHost : IAsyncDisposable
{
    private readonly TempFolder folder = new("speech-worker");
    private readonly ServiceProvider services;

    public WorkerHost(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["contentRoot"] = folder.Path,
            ["Speech:Worker:MaxConcurrentJobs"] = "2",
            ["Speech:Worker:MaxAttempts"] = "3",
            ["Speech:Worker:RetryDelaySeconds"] = "1",
            ["Speech:Worker:MaxRetryDelaySeconds"] = "30",
            ["Speech:Worker:WorkerId"] = "worker-under-test",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddStorage(configuration);
        collection.AddSpeechWorker(configuration);
        collection.AddSingleton<ISpeechTranscription>(Transcription);
        collection.AddSingleton<ISpeechSynthesis>(Synthesis);
        collection.AddSingleton<ISpeechRecognizer>(Recognizer);
        collection.AddSingleton<ISpeechSynthesizer>(Synthesizer);
        services = collection.BuildServiceProvider();
    }

    public ManualTimeProvider Time { get; } = new();

    /// <summary>The queue database (the default file under the content root).</summary>
    public string QueueDatabase => System.IO.Path.Combine(folder.Path, "data", "queues.db");

    public CapturingLogs Logs { get; } = new();

    public ScriptedTranscription Transcription { get; } = new();

    public ScriptedSynthesis Synthesis { get; } = new();

    public ScriptedRecognizer Recognizer { get; } = new();

    public ScriptedSynthesizer Synthesizer { get; } = new();

    public IWorkQueue Queue => services.GetRequiredService<IWorkQueue>();

    public IHeartbeatStore Heartbeats => services.GetRequiredService<IHeartbeatStore>();

    public SpeechJobProcessor Processor => services.GetRequiredService<SpeechJobProcessor>();

    public SpeechWorkerStatus Status => services.GetRequiredService<SpeechWorkerStatus>();

    public IHostedService Worker => services.GetServices<IHostedService>().OfType<SpeechWorkerService>().Single();

    /// <summary>A transcribe job due in a minute.</summary>
    public SpeechJob TranscribeJob(double? silence = null) =>
        new(FileKeys.New(), SpeechJobKind.Transcribe, FileKeys.New(), null, null, silence, Time.GetUtcNow(), Time.GetUtcNow().AddMinutes(1));

    /// <summary>A synthesise job due in a minute.</summary>
    public SpeechJob SynthesizeJob(string text = "Tell me about a project you led.", string? voice = "warm") =>
        new(FileKeys.New(), SpeechJobKind.Synthesize, null, text, voice, null, Time.GetUtcNow(), Time.GetUtcNow().AddMinutes(1));

    public Task<string> EnqueueAsync(SpeechJob job) => Queue.EnqueueAsync(QueueNames.SpeechJobs, SpeechJson.Serialize(job), null, CancellationToken.None);

    /// <summary>Enqueues <paramref name="job"/> and leases it, as the worker's receiver would.</summary>
    public async Task<QueueMessage> DeliverAsync(SpeechJob job)
    {
        await EnqueueAsync(job);
        return await ReceiveJobAsync();
    }

    public async Task<QueueMessage> ReceiveJobAsync() =>
        Assert.Single(await Queue.ReceiveAsync(QueueNames.SpeechJobs, 1, TimeSpan.FromMinutes(5), CancellationToken.None));

    /// <summary>Every result written so far (completed as they are read).</summary>
    public async Task<List<(SpeechJobResult Result, string Body)>> TakeResultsAsync()
    {
        var results = new List<(SpeechJobResult, string)>();
        while (true)
        {
            var batch = await Queue.ReceiveAsync(QueueNames.SpeechResults, 32, TimeSpan.FromMinutes(5), CancellationToken.None);
            if (batch.Count == 0)
            {
                return results;
            }

            foreach (var message in batch)
            {
                results.Add((SpeechJson.Deserialize<SpeechJobResult>(message.Body), message.Body));
                await Queue.CompleteAsync(message, CancellationToken.None);
            }
        }
    }

    public Task<long> CountAsync(string queue) => Queue.CountAsync(queue, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        folder.Dispose();
    }
}
