namespace MockInterview.Speech.Synthesis;

/// <summary>What a preset means here and now: the engine that speaks it and the engine's settings.</summary>
/// <param name="Preset">The preset's name as configured.</param>
/// <param name="Engine">The engine that speaks it ("flite", "espeak-ng", "piper").</param>
/// <param name="EngineVoice">The engine's voice (a flite or espeak-ng voice, a Piper speaker id).</param>
/// <param name="Rate">Relative speaking rate.</param>
/// <param name="Pitch">Relative pitch.</param>
internal sealed record ResolvedVoice(string Preset, string Engine, string EngineVoice, double Rate, double Pitch)
{
    /// <summary>Everything that changes the sound, for the cache key (engine identity included).</summary>
    public string Identity(string engineIdentity) =>
        FormattableString.Invariant($"{Engine}|{engineIdentity}|{EngineVoice}|{Rate:0.###}|{Pitch:0.###}");
}
