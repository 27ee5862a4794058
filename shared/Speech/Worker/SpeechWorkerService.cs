using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Speech.Jobs;
using MockInterview.Storage.Heartbeats;
using MockInterview.Storage.Queues;

namespace MockInterview.Speech.Worker;

/// <summary>The speech worker: one receiver leases jobs into a bounded buffer, <see cref="SpeechWorkerOptions.MaxConcurrentJobs"/>
/// processors run them, and a heartbeat reports the worker every <see cref="SpeechWorkerOptions.HeartbeatSeconds"/>.</summary>
/// <remarks>
/// The receiver leases only as many jobs as the buffer has room for, so a busy worker leaves jobs to idle ones.
/// Stopping: receiving ends at once; buffered jobs not yet started are given back for other workers; jobs in flight
/// finish, unless the host's shutdown timeout runs out first, when they are cancelled and given back too. The
/// heartbeat is removed last, so the app stops counting on this worker as soon as it has stopped.
/// </remarks>
internal sealed class SpeechWorkerService(
    IWorkQueue queue,
    SpeechJobProcessor processor,
    SpeechWorkerStatus status,
    IHeartbeatStore heartbeats,
    IOptions<SpeechWorkerOptions> options,
    TimeProvider time,
    ILogger<SpeechWorkerService> logger) : BackgroundService
{
    private static readonly TimeSpan ReleaseWait = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Past the host's shutdown timeout, jobs in flight are cancelled (and given back) instead of finished.
        await using (cancellationToken.Register(abort.Cancel))
        {
            try
            {
                await base.StopAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Out of time: the jobs in flight are being cancelled and given back, awaited below.
            }
        }

        if (ExecuteTask is { IsCompleted: false } running)
        {
            await running.WaitAsync(ReleaseWait, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        abort.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var buffer = Channel.CreateBounded<QueueMessage>(new BoundedChannelOptions(settings.EffectiveBufferCapacity)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        logger.LogInformation("Speech worker {WorkerId} started: {Processors} processors, buffer {Buffer}.",
            status.WorkerId, settings.EffectiveMaxConcurrentJobs, settings.EffectiveBufferCapacity);
        var processors = Enumerable.Range(0, settings.EffectiveMaxConcurrentJobs)
            .Select(_ => Task.Run(() => ProcessAsync(buffer.Reader, stoppingToken), CancellationToken.None))
            .ToArray();
        var beating = Task.Run(() => BeatAsync(stoppingToken), CancellationToken.None);
        try
        {
            await ReceiveAsync(buffer, settings, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            buffer.Writer.TryComplete();
            await Task.WhenAll(processors).ConfigureAwait(false);
            await beating.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await ForgetHeartbeatAsync().ConfigureAwait(false);
            logger.LogInformation("Speech worker {WorkerId} stopped.", status.WorkerId);
        }
    }

    private async Task ReceiveAsync(Channel<QueueMessage> buffer, SpeechWorkerOptions settings, CancellationToken stoppingToken)
    {
        var capacity = settings.EffectiveBufferCapacity;
        var lease = TimeSpan.FromSeconds(settings.VisibilityTimeoutSeconds);
        var poll = TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await buffer.Writer.WaitToWriteAsync(stoppingToken).ConfigureAwait(false))
                {
                    return;
                }

                var room = Math.Clamp(capacity - buffer.Reader.Count, 1, 32);

                // Not cancellable: a receive cut off after its commit would strand leased jobs until their timeout.
                var received = await queue.ReceiveAsync(QueueNames.SpeechJobs, room, lease, CancellationToken.None).ConfigureAwait(false);
                if (received.Count == 0)
                {
                    await queue.WaitForMessagesAsync(QueueNames.SpeechJobs, poll, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                foreach (var message in received)
                {
                    // One writer and room counted before receiving: the buffer has space for every message.
                    await buffer.Writer.WriteAsync(message, CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Speech worker {WorkerId} could not receive jobs; trying again in {Poll} ms.", status.WorkerId, poll.TotalMilliseconds);
                await Task.Delay(poll, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ProcessAsync(ChannelReader<QueueMessage> buffer, CancellationToken stoppingToken)
    {
        await foreach (var message in buffer.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (stoppingToken.IsCancellationRequested)
            {
                await GiveBackAsync(message).ConfigureAwait(false);
                continue;
            }

            status.JobStarted();
            try
            {
                await processor.ProcessAsync(message, abort.Token).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // The processor handles job failures; this is the queue itself failing. The lease runs out and the
                // job comes back.
                logger.LogError(ex, "Speech worker {WorkerId} could not settle message {MessageId}; it will be delivered again after its lease.", status.WorkerId, message.Id);
            }
            finally
            {
                status.JobEnded();
            }
        }
    }

    private async Task GiveBackAsync(QueueMessage message)
    {
        try
        {
            await queue.ReleaseAsync(message, TimeSpan.Zero, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Speech worker {WorkerId} could not give back message {MessageId}; it returns when its lease ends.", status.WorkerId, message.Id);
        }
    }

    private async Task BeatAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.HeartbeatSeconds), time);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var depth = await queue.CountAsync(QueueNames.SpeechJobs, stoppingToken).ConfigureAwait(false);
                var report = await status.SnapshotAsync(depth, stoppingToken).ConfigureAwait(false);
                await heartbeats.BeatAsync(SpeechWorkerHeartbeat.Group, status.WorkerId, SpeechJson.Serialize(report), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Speech worker {WorkerId} could not write its heartbeat.", status.WorkerId);
            }

            try
            {
                await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ForgetHeartbeatAsync()
    {
        try
        {
            await heartbeats.RemoveAsync(SpeechWorkerHeartbeat.Group, status.WorkerId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Speech worker {WorkerId} could not remove its heartbeat; it goes stale on its own.", status.WorkerId);
        }
    }
}
