namespace MockInterview.Speech.Worker;

/// <summary>What a speech worker reports with each heartbeat (JSON with <see cref="Jobs.SpeechJson.Options"/>, in the
/// heartbeat group <see cref="Group"/>); the app reads it to decide whether voice is up.</summary>
/// <param name="WorkerId">The worker.</param>
/// <param name="CanTranscribe">True when a recogniser passed its last check (engines are checked again soon after a job finds one missing).</param>
/// <param name="CanSynthesize">True when a synthesiser passed its last check; a voice preset whose own engine is missing can still fail.</param>
/// <param name="Engines">Each engine's last check.</param>
/// <param name="Capacity">Jobs it runs at once, at most.</param>
/// <param name="InFlight">Jobs it is running now.</param>
/// <param name="QueueDepth">Messages on the jobs queue (visible or leased) when it beat.</param>
/// <param name="StartedAt">When the worker started.</param>
/// <param name="Version">The worker's build version.</param>
public sealed record SpeechWorkerHeartbeat(
    string WorkerId,
    bool CanTranscribe,
    bool CanSynthesize,
    IReadOnlyList<SpeechEngineState> Engines,
    int Capacity,
    int InFlight,
    long QueueDepth,
    DateTimeOffset StartedAt,
    string Version)
{
    /// <summary>The heartbeat group of speech workers.</summary>
    public const string Group = "speech-workers";
}
