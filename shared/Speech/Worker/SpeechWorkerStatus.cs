using System.Reflection;
using MockInterview.Speech.Jobs;

namespace MockInterview.Speech.Worker;

/// <summary>The worker's live state: capacity, jobs in flight, and which engines can run as their last check found.
/// Health endpoints and the heartbeat read it and never start a check: the worker checks the engines on a loop of its
/// own (<see cref="CheckEnginesAsync"/>, at start, every <see cref="SpeechWorkerOptions.EngineCheckSeconds"/>, and soon
/// after a job finds its engine missing), because one check can take up to 30 s per engine.</summary>
public sealed class SpeechWorkerStatus
{
    private readonly SpeechEngineProbe probe;
    private readonly TimeProvider time;
    private readonly TimeSpan checkEvery;
    private readonly SemaphoreSlim checkGate = new(1, 1);
    private volatile bool recheck;
    private volatile IReadOnlyList<SpeechEngineState>? engines;
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

    /// <summary>Each engine's state as its last check found; empty until the first check has finished.</summary>
    public IReadOnlyList<SpeechEngineState> Engines => engines ?? [];

    /// <summary>How often the check loop looks whether a check is due.</summary>
    internal TimeSpan CheckLoopInterval => checkEvery < RecheckSpacing ? checkEvery : RecheckSpacing;

    /// <summary>True when the engines were never checked, the last check is older than the check interval, or a job
    /// found its engine missing.</summary>
    internal bool CheckDue => engines is null || recheck || time.GetUtcNow() - checkedAt >= checkEvery;

    /// <summary>True when an engine of <paramref name="kind"/> passed its last check.</summary>
    public bool CanRun(SpeechJobKind kind) => Engines.Any(s => s.Kind == kind && s.Available);

    /// <summary>The heartbeat report, from the last check (never starts one).</summary>
    public SpeechWorkerHeartbeat Snapshot(long queueDepth) => new(
        WorkerId,
        CanRun(SpeechJobKind.Transcribe),
        CanRun(SpeechJobKind.Synthesize),
        Engines,
        Capacity,
        InFlight,
        queueDepth,
        StartedAt,
        Version);

    /// <summary>Checks every engine now (one check at a time) and keeps the result; only the worker's check loop and
    /// its start call it.</summary>
    internal async Task<IReadOnlyList<SpeechEngineState>> CheckEnginesAsync(CancellationToken cancellationToken)
    {
        await checkGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            recheck = false;
            var states = await probe.CheckAsync(cancellationToken).ConfigureAwait(false);
            checkedAt = time.GetUtcNow();
            engines = states;
            return states;
        }
        finally
        {
            checkGate.Release();
        }
    }

    internal void JobStarted() => Interlocked.Increment(ref inFlight);

    internal void JobEnded() => Interlocked.Decrement(ref inFlight);

    /// <summary>A job found its engine missing: the check loop checks the engines again at its next look, though not
    /// more often than every <see cref="RecheckSpacing"/>. Only a check can tell
    /// which engine it was: one preset's engine may be missing while another's works.</summary>
    internal void EngineMissingInJob()
    {
        if (time.GetUtcNow() - checkedAt >= RecheckSpacing)
        {
            recheck = true;
        }
    }
}
