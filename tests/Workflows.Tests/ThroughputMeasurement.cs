using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MockInterview.TestSupport;
using MockInterview.Workflows.Tests.Support;
using Xunit.Abstractions;

namespace MockInterview.Workflows.Tests;

/// <summary>Interview-shaped load on a file database with the real clock: answers are raised as soon as the
/// observer sees the next question, like a fast client would.</summary>
[Trait("Category", "Perf")]
public sealed class ThroughputMeasurement(ITestOutputHelper output)
{
    [PerfFact]
    public Task Interviews_ThousandAnsweringAtOnce_ReportsSaturatedThroughput() => MeasureAsync(TimeSpan.Zero);

    [PerfFact]
    public Task Interviews_ThousandWithThinkTime_ReportsTurnLatencyUnderLoad() => MeasureAsync(TimeSpan.FromSeconds(1.5));

    private async Task MeasureAsync(TimeSpan thinkTime)
    {
        const int instances = 1000;
        const int questions = 10;
        var observer = new AnsweringObserver(thinkTime);
        var services = new ServiceCollection();
        services.AddSingleton(new Recorder());
        services.AddSingleton<IWorkflowStateObserver>(observer);
        services.AddWorkflows(o => o.ConnectionString = WorkflowTestHost.FileDatabase())
            .AddWorkflow<InterviewWorkflow>().AddActivity<RecordActivity>();
        await using var provider = services.BuildServiceProvider();
        var hosted = provider.GetRequiredService<IHostedService>();
        await hosted.StartAsync(CancellationToken.None);
        var client = provider.GetRequiredService<IWorkflowClient>();
        var engine = provider.GetRequiredService<WorkflowEngine>();
        observer.Client = client;

        var clock = Stopwatch.StartNew();
        var ids = await Task.WhenAll(Enumerable.Range(0, instances).Select(_ => client.StartAsync(nameof(InterviewWorkflow), questions)));
        await Task.WhenAll(ids.Select(id => Eventually.WithinAsync(client.WaitForCompletionAsync(id), TimeSpan.FromMinutes(2))));
        clock.Stop();

        var workItems = engine.Episodes.CommittedEpisodes + engine.Activities.Runs;
        var latencies = observer.Latencies.Order().ToArray();
        output.WriteLine($"think time {thinkTime.TotalSeconds} s:");
        output.WriteLine($"{instances} interviews x {questions} questions in {clock.Elapsed.TotalSeconds:F1} s: " +
            $"{engine.Episodes.CommittedEpisodes} episodes + {engine.Activities.Runs} activities = {workItems / clock.Elapsed.TotalSeconds:F0} work items/s; " +
            $"answer->next question p50 {latencies[latencies.Length / 2]:F1} ms, p99 {latencies[(int)(latencies.Length * 0.99)]:F1} ms");
        output.WriteLine($"writer busy {engine.Writer.Busy.TotalSeconds:F1} s in {engine.Writer.Batches} batches; " +
            $"process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s");
        Assert.Equal(instances * questions, observer.Raised);
        await hosted.StopAsync(CancellationToken.None);
    }

    private sealed class AnsweringObserver(TimeSpan thinkTime) : IWorkflowStateObserver
    {
        private readonly ConcurrentDictionary<InstanceId, long> answeredAt = new();
        private int raised;

        public IWorkflowClient Client { get; set; } = null!;

        public ConcurrentBag<double> Latencies { get; } = [];

        public int Raised => Volatile.Read(ref raised);

        public void OnStateChanged(WorkflowState state)
        {
            if (state.Status != WorkflowStatus.Running || state.SerializedCustomStatus is null)
            {
                return;
            }

            if (answeredAt.TryRemove(state.InstanceId, out var at))
            {
                Latencies.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
            }

            var question = state.ReadCustomStatusAs<int>();
            if (question >= 10)
            {
                return;
            }

            Interlocked.Increment(ref raised);
            _ = AnswerAsync(state.InstanceId, question);
        }

        private async Task AnswerAsync(InstanceId id, int question)
        {
            if (thinkTime > TimeSpan.Zero)
            {
                // A measurement of a live system, not a test: the candidate's thinking is real time.
                await Task.Delay(thinkTime * (0.5 + Random.Shared.NextDouble()));
            }

            answeredAt[id] = Stopwatch.GetTimestamp();
            await Client.RaiseEventAsync(id, "answer", InterviewWorkflow.Answer(id, question));
        }
    }
}
