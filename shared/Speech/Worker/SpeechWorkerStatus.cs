using System.Reflection;
using MockInterview.Speech.Jobs;

namespace MockInterview.Speech.Worker;

/// <summary>The worker's live state: capacity, jobs in flight, and which engines can run (checked at start, every
/// <see cref="SpeechWorkerOptions.EngineCheckSeconds"/>, and soon after a job finds its engine missing). Health
/// endpoints and the heartbeat read it.</summary>
public sealed class SpeechWorkerStatus
{
    private readonly SpeechEngineProbe probe;
    private readonly TimeProvider time;
    private readonly TimeSpan checkEvery;
    private readonly SemaphoreSlim checkGate = new(1, 1);
    private volatile bool recheck;
    private IReadOnlyList<SpeechEngineState>? engines;
    private DateTimeOffset checkedAt;
    private int inFlight;

    /// <summary>Least time between two checks brought forward by failing jobs.</summary>
    internal static TimeSpan RecheckSpacing { get; } = TimeSpan.FromSeconds(30);

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
        if (engines is { } known && !recheck && time.GetUtcNow() - checkedAt < checkEvery)
        {
            return known;
        }

        await checkGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (engines is null || recheck || time.GetUtcNow() - checkedAt >= checkEvery)
            {
                recheck = false;
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

    /// <summary>True when an engine of <paramref name="kind"/> passed its last check.</summary>
    public async Task<bool> CanRunAsync(SpeechJobKind kind, CancellationToken cancellationToken)
    {
        var states = await GetEnginesAsync(cancellationToken).ConfigureAwait(false);
        return states.Any(s => s.Kind == kind && s.Available);
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

    /// <summary>A job found its engine missing: the engines are checked again at the next request for their state
    /// (the next heartbeat), though not more often than every <see cref="RecheckSpacing"/>. Only a check can tell
    /// which engine it was: one preset's engine may be missing while another's works.</summary>
    internal void EngineMissingInJob()
    {
        if (time.GetUtcNow() - checkedAt >= RecheckSpacing)
        {
            recheck = true;
        }
    }
}
