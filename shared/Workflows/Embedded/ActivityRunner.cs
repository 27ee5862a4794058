using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MockInterview.Workflows;

/// <summary>Runs activity work items with bounded concurrency, retries them with backoff, and commits results
/// into the calling instance's inbox.</summary>
/// <remarks>At least once: the result is committed after the activity ran, so a crash in between runs it again.</remarks>
internal sealed class ActivityRunner(WorkflowEngine engine, WorkflowOptions options)
{
    private readonly Channel<ActivityWorkItem> queue = Channel.CreateUnbounded<ActivityWorkItem>();
    private long runs;

    /// <summary>Activity attempts run since start.</summary>
    public long Runs => Interlocked.Read(ref runs);

    /// <summary>Queues the item now, or when <paramref name="visibleAt"/> comes (a retry delay).</summary>
    public void Schedule(ActivityWorkItem item, DateTimeOffset visibleAt)
    {
        if (visibleAt <= engine.Time.GetUtcNow())
        {
            Post(item);
            return;
        }

        engine.DueQueue.Add(new DueEntry(visibleAt, () => Post(item)));
    }

    public IEnumerable<Task> Start(CancellationToken stopping) =>
        Enumerable.Range(0, options.MaxConcurrentActivities).Select(_ => Task.Run(() => WorkAsync(stopping), CancellationToken.None));

    /// <summary>The delay after a failed <paramref name="attempt"/>: first delay × coefficient^(attempt−1), capped.</summary>
    internal static TimeSpan RetryDelay(ActivityOptions options, int attempt)
    {
        var first = options.FirstRetryDelay ?? TimeSpan.FromSeconds(1);
        var max = options.MaxRetryDelay ?? TimeSpan.FromMinutes(1);
        var ticks = first.Ticks * Math.Pow(options.BackoffCoefficient, attempt - 1);
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }

    private void Post(ActivityWorkItem item)
    {
        engine.AddOutstanding(1);
        queue.Writer.TryWrite(item);
    }

    private async Task WorkAsync(CancellationToken stopping)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stopping).ConfigureAwait(false))
            {
                while (!stopping.IsCancellationRequested && queue.Reader.TryRead(out var item))
                {
                    try
                    {
                        await RunAsync(item, stopping).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (!stopping.IsCancellationRequested)
                    {
                        engine.Logger.LogError(ex, "Activity {Activity} of {InstanceId} could not be committed; it runs again.", item.Name, item.InstanceId);
                        Schedule(item, engine.Time.GetUtcNow() + TimeSpan.FromSeconds(1));
                    }
                    catch (Exception) when (stopping.IsCancellationRequested)
                    {
                        // Shutting down: the activity row stays and runs again after the restart.
                    }
                    finally
                    {
                        engine.AddOutstanding(-1);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunAsync(ActivityWorkItem item, CancellationToken stopping)
    {
        string? output = null;
        Exception? error = null;
        var retryable = true;
        if (!engine.Registry.Activities.TryGetValue(item.Name, out var type))
        {
            error = new InvalidOperationException($"Activity '{item.Name}' is not registered.");
            retryable = false;
        }
        else
        {
            try
            {
                await using var scope = engine.Services.CreateAsyncScope();
                var activity = (IActivity)scope.ServiceProvider.GetRequiredService(type);
                var context = new ActivityContext(item.InstanceId, item.Name, item.TaskId, item.Attempt, stopping);
                output = await activity.RunAsync(context, item.Input).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                error = ex;
            }
        }

        Interlocked.Increment(ref runs);
        var now = engine.Time.GetUtcNow();
        if (error is not null && retryable && item.Attempt < item.Options.MaxAttempts)
        {
            var next = item with { Attempt = item.Attempt + 1 };
            var visibleAt = now + RetryDelay(item.Options, item.Attempt);
            engine.Logger.LogWarning(error, "Activity {Activity} of {InstanceId} failed (attempt {Attempt}); retrying at {RetryAt}.",
                item.Name, item.InstanceId, item.Attempt, visibleAt);
            await engine.Writer.Run(
                store => store.RescheduleActivity(next, visibleAt),
                wanted =>
                {
                    if (wanted)
                    {
                        Schedule(next, visibleAt);
                    }
                }).ConfigureAwait(false);
            return;
        }

        var result = error is null
            ? new HistoryEvent(HistoryEventType.TaskCompleted, now.UtcDateTime) { TaskId = item.TaskId, ExecutionId = item.ExecutionId, Data = output }
            : new HistoryEvent(HistoryEventType.TaskFailed, now.UtcDateTime)
            {
                TaskId = item.TaskId,
                ExecutionId = item.ExecutionId,
                Failure = new WorkflowFailure(error.GetType().Name, error.Message, error.StackTrace),
            };
        var message = new InboxMessage(engine.Store.NextInboxId(), item.InstanceId, result);
        await engine.Writer.Run(
            store => store.CompleteActivity(item.Id, message, now),
            wanted =>
            {
                if (wanted)
                {
                    engine.Enqueue(message);
                }
            }).ConfigureAwait(false);
    }
}
