using System.Collections.Concurrent;
using System.Reflection;
using MockInterview.Speech.Jobs;

namespace MockInterview.Speech.Worker;

/// <summary>The worker's live state: capacity, jobs in flight, and which engines can run (checked at start, every
/// <see cref="SpeechWorkerOptions.EngineCheckSeconds"/>, and corrected by the jobs themselves). Health endpoints and
/// the heartbeat read it.</summary>
public sealed class SpeechWorkerStatus
{
    private readonly SpeechEngineProbe probe;
    private readonly TimeProvider time;
    private readonly TimeSpan checkEvery;
    private readonly SemaphoreSlim checkGate = new(1, 1);
    private readonly ConcurrentDictionary<SpeechJobKind, DateTimeOffset> missingAtJob = new();
    private IReadOnlyList<SpeechEngineState>? engines;
    private DateTimeOffset checkedAt;
    private int inFlight;

    internal SpeechWorkerStatus(SpeechWorkerOptions options, SpeechEngineProbe probe, TimeProvider time)
    {
        this.probe = probe;
        this.time = time;
        checkEvery = TimeSpan.FromSeconds(options.EngineCheckSeconds);
        WorkerId = options.EffectiveWorkerId;
        Capacity = options.EffectiveMaxConcurrentJobs;
        StartedAt = time.GetUtcNow();
    }

    /// <summary>The worker's id.</summary>
    public string WorkerId { get; }

    /// <summary>Jobs it runs at once, at most.</summary>
    public int Capacity { get; }

    /// <summary>Jobs it is running now.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>When it was created.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>The build version.</summary>
    public static string Version { get; } =
        typeof(SpeechWorkerStatus).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SpeechWorkerStatus).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>Each engine's state, checked again when the last check is older than the check interval.</summary>
    public async Task<IReadOnlyList<SpeechEngineState>> GetEnginesAsync(CancellationToken cancellationToken)
    {
        if (engines is { } known && time.GetUtcNow() - checkedAt < checkEvery)
        {
            return known;
        }

        await checkGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (engines is null || time.GetUtcNow() - checkedAt >= checkEvery)
            {
                engines = await probe.CheckAsync(cancellationToken).ConfigureAwait(false);
                checkedAt = time.GetUtcNow();
            }

            return engines;
        }
        finally
        {
            checkGate.Release();
        }
    }

    /// <summary>True when an engine of <paramref name="kind"/> passed its check and no job has found it missing
    /// within the check interval (unless a job of that kind has succeeded since).</summary>
    public async Task<bool> CanRunAsync(SpeechJobKind kind, CancellationToken cancellationToken)
    {
        var states = await GetEnginesAsync(cancellationToken).ConfigureAwait(false);
        var missingRecently = missingAtJob.TryGetValue(kind, out var at) && time.GetUtcNow() - at < checkEvery;
        return !missingRecently && states.Any(s => s.Kind == kind && s.Available);
    }

    /// <summary>The heartbeat report.</summary>
    public async Task<SpeechWorkerHeartbeat> SnapshotAsync(long queueDepth, CancellationToken cancellationToken)
    {
        var states = await GetEnginesAsync(cancellationToken).ConfigureAwait(false);
        return new SpeechWorkerHeartbeat(
            WorkerId,
            await CanRunAsync(SpeechJobKind.Transcribe, cancellationToken).ConfigureAwait(false),
            await CanRunAsync(SpeechJobKind.Synthesize, cancellationToken).ConfigureAwait(false),
            states,
            Capacity,
            InFlight,
            queueDepth,
            StartedAt,
            Version);
    }

    internal void JobStarted() => Interlocked.Increment(ref inFlight);

    internal void JobEnded() => Interlocked.Decrement(ref inFlight);

    /// <summary>A job of <paramref name="kind"/> found its engine missing, or (<paramref name="missing"/> false) ran it.</summary>
    internal void EngineSeenByJob(SpeechJobKind kind, bool missing)
    {
        if (missing)
        {
            missingAtJob[kind] = time.GetUtcNow();
        }
        else
        {
            missingAtJob.TryRemove(kind, out _);
        }
    }
}
