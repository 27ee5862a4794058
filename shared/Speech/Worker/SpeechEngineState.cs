using MockInterview.Speech.Jobs;

namespace MockInterview.Speech.Worker;

/// <summary>Whether one engine of the worker can run, as its last check found.</summary>
/// <param name="Name">The engine ("pocketsphinx", "flite", …).</param>
/// <param name="Kind">What it does: <see cref="SpeechJobKind.Transcribe"/> (a recogniser) or <see cref="SpeechJobKind.Synthesize"/>.</param>
/// <param name="Available">True when the check ran it successfully.</param>
/// <param name="Problem">Why not, for operators (what is missing and which setting or package supplies it); null when available.</param>
/// <param name="CheckedAt">When it was checked.</param>
public sealed record SpeechEngineState(string Name, SpeechJobKind Kind, bool Available, string? Problem, DateTimeOffset CheckedAt);
