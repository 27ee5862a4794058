using System.Collections.Concurrent;
using MockInterview.Interviews;
using MockInterview.Speech.Client;

namespace MockInterview.Functions.Voice;

/// <summary>Has question audio spoken before it is asked, so that fetching it is a cache hit: when a question's audio
/// has been served, the next planned questions are queued for synthesis and the interview is watched, and every new
/// question it shows (follow-ups too, which are decided from the answers) is queued the moment it is shown, while the
/// client is still polling for it.</summary>
/// <remarks>
/// Only texts of the interview's own questions are queued, read owner-checked from the interview. Nothing here runs on
/// a request: the caller returns at once, the work runs in the background, at most <see cref="MaxConcurrentWork"/> at
/// a time (more is skipped: the question is then spoken when asked for), and never throws to anyone; no worker alive
/// means nothing is queued (<see cref="SpeechClient.PrefetchAsync"/>). At most <see cref="MaxWatched"/> interviews are
/// watched; a watch ends when the interview completes, after <see cref="IdleWatch"/> without a change, or when the app
/// stops. The notifications are those of this process: with several app instances an instance watches the changes it
/// makes itself, and the others' questions are spoken when asked for.
/// </remarks>
internal sealed partial class QuestionAudioPrefetch(
    InterviewService interviews,
    IInterviewNotifier notifier,
    SpeechClient speech,
    TimeProvider time,
    ILogger<QuestionAudioPrefetch> logger) : IHostedService, IDisposable
{
    /// <summary>Planned questions queued ahead of the one being heard.</summary>
    public const int UpcomingCount = 2;

    /// <summary>Interviews watched at once.</summary>
    public const int MaxWatched = 256;

    /// <summary>Prefetches running at once; more are skipped.</summary>
    public const int MaxConcurrentWork = 4;

    /// <summary>A watched interview that shows no change for this long is no longer watched.</summary>
    public static readonly TimeSpan IdleWatch = TimeSpan.FromMinutes(30);

    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource stopping = new();
    private readonly SemaphoreSlim work = new(MaxConcurrentWork, MaxConcurrentWork);
    private readonly ConcurrentDictionary<string, Task> watches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> running = new();
    private int disposed;

    /// <summary>Interviews being watched now.</summary>
    public int Watched => watches.Count;

    /// <summary>The audio of a question of <paramref name="interviewId"/> was served to its owner: queues the next planned
    /// questions and watches the interview for new ones. Returns at once.</summary>
    public void QuestionServed(string owner, string interviewId)
    {
        if (stopping.IsCancellationRequested)
        {
            return;
        }

        Background(token => PrefetchUpcomingAsync(owner, interviewId, token));
        Watch(owner, interviewId);
    }

    /// <summary>Completes when the prefetches running now have ended (watches go on); for tests and diagnostics.</summary>
    internal Task WhenIdleAsync() => Task.WhenAll(running.Keys);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        var all = watches.Values.Concat(running.Keys).ToArray();
        await Task.WhenAll(all).WaitAsync(StopWait, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            stopping.Cancel();
            stopping.Dispose();
        }
    }

    private void Watch(string owner, string interviewId)
    {
        if (watches.ContainsKey(interviewId))
        {
            return;
        }

        if (watches.Count >= MaxWatched)
        {
            LogWatchSkipped(logger, interviewId, MaxWatched);
            return;
        }

        // Subscribed before this returns, so that no question shown from now on is missed.
        var subscription = notifier.Subscribe(interviewId);
        var watch = new Task<Task>(() => WatchAsync(owner, interviewId, subscription));
        if (!watches.TryAdd(interviewId, watch.Unwrap()))
        {
            subscription.Dispose();
            return;
        }

        watch.Start(TaskScheduler.Default);
    }

    private async Task WatchAsync(string owner, string interviewId, IInterviewSubscription subscription)
    {
        var token = stopping.Token;
        string? shown = null;
        try
        {
            using (subscription)
            {
                while (true)
                {
                    using var idle = new CancellationTokenSource(IdleWatch, time);
                    using var wait = CancellationTokenSource.CreateLinkedTokenSource(token, idle.Token);
                    if (!await subscription.Changes.WaitToReadAsync(wait.Token).ConfigureAwait(false))
                    {
                        return;
                    }

                    InterviewChange? latest = null;
                    while (subscription.Changes.TryRead(out var change))
                    {
                        latest = change;
                    }

                    if (latest?.Phase == InterviewPhase.Completed)
                    {
                        return;
                    }

                    if (latest?.QuestionId is { } questionId && questionId != shown)
                    {
                        shown = questionId;
                        Background(ct => PrefetchShownAsync(owner, interviewId, questionId, ct));
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping, or nothing changed for IdleWatch: the watch ends; a later question served starts a new one.
        }
        catch (Exception ex)
        {
            LogWatchFailed(logger, ex, interviewId);
        }
        finally
        {
            watches.TryRemove(interviewId, out _);
        }
    }

    private async Task PrefetchShownAsync(string owner, string interviewId, string questionId, CancellationToken cancellationToken)
    {
        // The text is read from the interview, never taken from the notification: only its own question is spoken.
        if (await interviews.GetAsync(owner, interviewId, cancellationToken).ConfigureAwait(false) is not { Question: { } question } view
            || question.Id != questionId
            || view.Voice is null)
        {
            return;
        }

        await speech.PrefetchAsync(question.Text, voice: null, cancellationToken).ConfigureAwait(false);
        await PrefetchUpcomingAsync(owner, interviewId, cancellationToken).ConfigureAwait(false);
    }

    private async Task PrefetchUpcomingAsync(string owner, string interviewId, CancellationToken cancellationToken)
    {
        foreach (var text in await interviews.UpcomingQuestionsAsync(owner, interviewId, UpcomingCount, cancellationToken).ConfigureAwait(false))
        {
            await speech.PrefetchAsync(text, voice: null, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Background(Func<CancellationToken, Task> prefetch)
    {
        if (stopping.IsCancellationRequested || !work.Wait(0))
        {
            LogWorkSkipped(logger, MaxConcurrentWork);
            return;
        }

        var task = Task.Run(async () =>
        {
            try
            {
                await prefetch(stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                // Nobody waits for this: a failure only means the question is spoken when it is asked for.
                LogPrefetchFailed(logger, ex);
            }
            finally
            {
                work.Release();
            }
        }, CancellationToken.None);
        running.TryAdd(task, 0);
        task.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId} is not watched for question audio ahead of need: {MaxWatched} interviews are watched already.")]
    private static partial void LogWatchSkipped(ILogger logger, string interviewId, int maxWatched);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watching interview {InterviewId} for question audio ahead of need failed; its questions are spoken when asked for.")]
    private static partial void LogWatchFailed(ILogger logger, Exception exception, string interviewId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Question audio ahead of need skipped: {MaxWork} prefetches are running.")]
    private static partial void LogWorkSkipped(ILogger logger, int maxWork);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Question audio could not be prefetched; it is spoken when asked for.")]
    private static partial void LogPrefetchFailed(ILogger logger, Exception exception);
}
