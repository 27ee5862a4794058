namespace MockInterview.Speech.Synthesis;

/// <summary>The presets used when <see cref="SynthesisOptions.Voices"/> is empty; the first is the default.</summary>
public static class DefaultVoicePresets
{
    /// <summary>professional (flite slt, normal), warm (flite rms, a little slower and lower), brisk (flite slt, faster),
    /// clear (espeak-ng en-us, a little slower), calm (espeak-ng en-gb, slower and lower).</summary>
    public static IReadOnlyList<VoicePreset> All { get; } =
    [
        new() { Name = "professional", Engine = SynthesisEngines.Flite, Voice = "slt", Rate = 1.0, Pitch = 1.0 },
        new() { Name = "warm", Engine = SynthesisEngines.Flite, Voice = "rms", Rate = 0.92, Pitch = 0.94 },
        new() { Name = "brisk", Engine = SynthesisEngines.Flite, Voice = "slt", Rate = 1.12, Pitch = 1.03 },
        new() { Name = "clear", Engine = SynthesisEngines.EspeakNg, Voice = "en-us", Rate = 0.95, Pitch = 1.0 },
        new() { Name = "calm", Engine = SynthesisEngines.EspeakNg, Voice = "en-gb", Rate = 0.88, Pitch = 0.9 },
    ];
}
