using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Storage.Heartbeats;

namespace MockInterview.Speech.Client;

/// <summary>Whether a speech worker is alive: one whose last heartbeat in the <see cref="WorkerGroup"/> group is younger
/// than <see cref="SpeechClientOptions.WorkerTimeoutSeconds"/>. The answer is reused for
/// <see cref="SpeechClientOptions.AvailabilityCacheSeconds"/>, so busy endpoints do not read the heartbeats per request.</summary>
/// <remarks>Lets the app switch to text mode at once when no worker is alive, instead of waiting out a deadline.</remarks>
public sealed class SpeechAvailability(
    IHeartbeatStore heartbeats, IOptions<SpeechClientOptions> options, TimeProvider time, ILogger<SpeechAvailability> logger)
{
    /// <summary>The heartbeat group the speech workers beat in.</summary>
    public const string WorkerGroup = "speech-workers";

    private readonly Lock gate = new();
    private (bool Alive, DateTimeOffset CheckedAt)? cached;

    /// <summary>True when a worker beat recently.</summary>
    public async Task<bool> IsWorkerAliveAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reuse = TimeSpan.FromSeconds(options.Value.AvailabilityCacheSeconds);
        lock (gate)
        {
            if (cached is { } known && now - known.CheckedAt < reuse)
            {
                return known.Alive;
            }
        }

        var timeout = TimeSpan.FromSeconds(options.Value.WorkerTimeoutSeconds);
        bool alive;
        try
        {
            var beats = await heartbeats.ListAsync(WorkerGroup, cancellationToken).ConfigureAwait(false);
            alive = beats.Any(beat => now - beat.LastSeen < timeout);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A store that cannot be read says nothing about the workers: treat voice as down, and say why in the log.
            logger.LogWarning(ex, "The speech workers' heartbeats could not be read; voice is treated as unavailable.");
            alive = false;
        }

        Remember(alive, now);
        return alive;
    }

    /// <summary>A result just arrived from a worker: it is alive, whatever the heartbeats said.</summary>
    public void MarkAlive() => Remember(true, time.GetUtcNow());

    /// <summary>No worker answered in time: take voice for down until the next heartbeat read.</summary>
    public void MarkUnavailable() => Remember(false, time.GetUtcNow());

    private void Remember(bool alive, DateTimeOffset at)
    {
        lock (gate)
        {
            cached = (alive, at);
        }
    }
}
