using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace MockInterview.Workflows;

/// <summary>The single writer of the embedded backend: group-commits queued work, many callers per transaction.</summary>
/// <remarks>Each work item runs under its own savepoint, so one refused item (a duplicate id, a missing
/// instance) does not undo the others. Callers are completed only after the batch has committed.</remarks>
internal sealed class CommitWriter : IDisposable
{
    private const int MaxBatch = 512;
    private const int CheckpointEveryBatches = 200;
    private readonly Channel<DbWork> queue = Channel.CreateUnbounded<DbWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly WorkflowStore store;
    private readonly ILogger logger;
    private readonly Thread thread;
    private volatile bool halted;
    private long busyTicks;
    private long batches;

    /// <summary>Time spent executing and committing batches (for measurements).</summary>
    public TimeSpan Busy => TimeSpan.FromTicks(Interlocked.Read(ref busyTicks));

    public long Batches => Interlocked.Read(ref batches);

    public CommitWriter(WorkflowStore store, ILogger logger)
    {
        this.store = store;
        this.logger = logger;
        thread = new Thread(Run) { IsBackground = true, Name = "workflow-commit-writer" };
        thread.Start();
    }

    /// <summary>Queues work; the task completes after its batch commits.</summary>
    public Task<T> Run<T>(Func<WorkflowStore, T> execute, Action<T>? committed = null)
    {
        var work = new DbWork<T>(execute, committed);
        if (halted || !queue.Writer.TryWrite(work))
        {
            work.Fail(new ObjectDisposedException(nameof(CommitWriter), "The workflow engine has stopped."));
        }

        return work.Task;
    }

    /// <summary>Stops at once: queued and future work fails, nothing more is committed (used for shutdown and
    /// to simulate a crash in tests).</summary>
    public void Halt()
    {
        halted = true;
        queue.Writer.TryComplete();
    }

    public void Dispose()
    {
        Halt();
        thread.Join(TimeSpan.FromSeconds(10));
        store.Dispose();
    }

    private void Run()
    {
        var batch = new List<DbWork>(MaxBatch);
        var done = new List<DbWork>(MaxBatch);
        while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var work))
            {
                batch.Add(work);
            }

            if (halted)
            {
                FailAll(batch, new ObjectDisposedException(nameof(CommitWriter), "The workflow engine has stopped."));
                continue;
            }

            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            CommitBatch(batch, done);
            Interlocked.Add(ref busyTicks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks);
            if (Interlocked.Increment(ref batches) % CheckpointEveryBatches == 0)
            {
                store.Checkpointer?.Request();
            }
            batch.Clear();
            done.Clear();
        }

        while (queue.Reader.TryRead(out var left))
        {
            left.Fail(new ObjectDisposedException(nameof(CommitWriter), "The workflow engine has stopped."));
        }
    }

    /// <summary>Commits a batch. The fast path runs it without savepoints; if any item throws, the whole
    /// transaction is rolled back and the batch re-runs with one savepoint per item (items are re-runnable: their
    /// ids are assigned before they are queued), so a refused item never undoes the others.</summary>
    private void CommitBatch(List<DbWork> batch, List<DbWork> done)
    {
        if (!TryCommit(batch, done, isolated: false))
        {
            done.Clear();
            TryCommit(batch, done, isolated: true);
        }
    }

    private bool TryCommit(List<DbWork> batch, List<DbWork> done, bool isolated)
    {
        try
        {
            using (var transaction = store.BeginBatch())
            {
                foreach (var work in batch)
                {
                    if (!isolated)
                    {
                        try
                        {
                            work.Execute(store);
                        }
                        catch (Exception ex) when (ex is not SqliteException { SqliteErrorCode: 10 or 11 or 13 })
                        {
                            transaction.Rollback();
                            store.EndBatch();
                            return false;
                        }

                        done.Add(work);
                        continue;
                    }

                    transaction.Save("work");
                    try
                    {
                        work.Execute(store);
                        transaction.Release("work");
                        done.Add(work);
                    }
                    catch (Exception ex) when (ex is not SqliteException { SqliteErrorCode: 10 or 11 or 13 })
                    {
                        transaction.Rollback("work");
                        transaction.Release("work");
                        work.Fail(ex);
                    }
                }

                if (halted)
                {
                    FailAll(done, new ObjectDisposedException(nameof(CommitWriter), "The workflow engine has stopped."));
                    return true;
                }

                transaction.Commit();
            }

            store.EndBatch();
        }
        catch (Exception ex)
        {
            store.EndBatch();
            logger.LogError(ex, "A workflow commit batch of {Count} items failed; all were rolled back.", batch.Count);
            FailAll([.. batch], ex);
            return true;
        }

        foreach (var work in done)
        {
            try
            {
                work.Committed();
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Post-commit work failed.");
                work.Fail(ex);
            }
        }

        return true;
    }

    private static void FailAll(List<DbWork> items, Exception error)
    {
        foreach (var work in items)
        {
            work.Fail(error);
        }

        items.Clear();
    }
}
