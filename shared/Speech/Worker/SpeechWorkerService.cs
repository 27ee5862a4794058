using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Speech.Jobs;
using MockInterview.Storage.Heartbeats;
using MockInterview.Storage.Queues;

namespace MockInterview.Speech.Worker;

/// <summary>The speech worker: one receiver leases jobs into a bounded buffer, <see cref="SpeechWorkerOptions.MaxConcurrentJobs"/>
/// processors run them, a heartbeat reports the worker every <see cref="SpeechWorkerOptions.HeartbeatSeconds"/>, and
/// the engines are checked on a loop of their own (a slow check never holds up the heartbeat).</summary>
/// <remarks>
/// The receiver leases a job only while fewer than <see cref="SpeechWorkerOptions.EffectiveLeaseCapacity"/> are leased
/// (running or waiting in the buffer), so a busy worker leaves jobs to idle ones.
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

    /// <summary>Checks the engines once before the worker takes jobs, so that its first heartbeat and the health
    /// endpoints report them; a failing check is logged and the worker starts anyway (its engines then show as unchecked).</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await CheckEnginesAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

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
        var buffer = Channel.CreateBounded<QueueMessage>(new BoundedChannelOptions(settings.EffectiveLeaseCapacity)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        logger.LogInformation("Speech worker {WorkerId} started: {Processors} processors, at most {Leased} jobs leased.",
            status.WorkerId, settings.EffectiveMaxConcurrentJobs, settings.EffectiveLeaseCapacity);
        using var slots = new SemaphoreSlim(settings.EffectiveLeaseCapacity, settings.EffectiveLeaseCapacity);
        var processors = Enumerable.Range(0, settings.EffectiveMaxConcurrentJobs)
            .Select(_ => Task.Run(() => ProcessAsync(buffer.Reader, slots, stoppingToken), CancellationToken.None))
            .ToArray();
        var beating = Task.Run(() => BeatAsync(stoppingToken), CancellationToken.None);
        var checking = Task.Run(() => CheckEnginesLoopAsync(stoppingToken), CancellationToken.None);
        try
        {
            await ReceiveAsync(buffer, slots, settings, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            buffer.Writer.TryComplete();
            await Task.WhenAll(processors).ConfigureAwait(false);
            await beating.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await checking.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await ForgetHeartbeatAsync().ConfigureAwait(false);
            logger.LogInformation("Speech worker {WorkerId} stopped.", status.WorkerId);
        }
    }

    private async Task ReceiveAsync(Channel<QueueMessage> buffer, SemaphoreSlim slots, SpeechWorkerOptions settings, CancellationToken stoppingToken)
    {
        var lease = TimeSpan.FromSeconds(settings.VisibilityTimeoutSeconds);
        var poll = TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // One slot per leased job, buffered or running, given back when the job is settled: a busy worker
                // leases nothing more and leaves the queue to idle workers.
                if (!slots.Wait(0))
                {
                    logger.LogDebug("Speech worker {WorkerId} has {Leased} jobs leased, its most; it waits for one to finish.", status.WorkerId, settings.EffectiveLeaseCapacity);
                    await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                }

                var taken = 1;
                while (taken < 32 && slots.Wait(0))
                {
                    taken++;
                }

                IReadOnlyList<QueueMessage> received;
                try
                {
                    // Not cancellable: a receive cut off after its commit would strand leased jobs until their timeout.
                    received = await queue.ReceiveAsync(QueueNames.SpeechJobs, taken, lease, CancellationToken.None).ConfigureAwait(false);
                }
                catch
                {
                    slots.Release(taken);
                    throw;
                }

                if (taken > received.Count)
                {
                    slots.Release(taken - received.Count);
                }

                if (received.Count == 0)
                {
                    await queue.WaitForMessagesAsync(QueueNames.SpeechJobs, poll, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                foreach (var message in received)
                {
                    // One writer and a slot per message: the buffer has space for every one.
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

    private async Task ProcessAsync(ChannelReader<QueueMessage> buffer, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        await foreach (var message in buffer.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
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
            finally
            {
                slots.Release();
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
                var report = status.Snapshot(depth);
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

    /// <summary>Checks the engines whenever a check is due, apart from the heartbeat: a slow check (up to 30 s per
    /// engine) must never hold up the beat the app counts on.</summary>
    private async Task CheckEnginesLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (status.CheckDue)
            {
                await CheckEnginesAsync(stoppingToken).ConfigureAwait(false);
            }

            try
            {
                await Task.Delay(status.CheckLoopInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task CheckEnginesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await status.CheckEnginesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping (or the host gave up starting); the next start checks again.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Speech worker {WorkerId} could not check its engines; the last result stands.", status.WorkerId);
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
