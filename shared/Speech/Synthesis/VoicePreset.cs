namespace MockInterview.Speech.Synthesis;

/// <summary>A named voice the interviewer can speak in: an engine, that engine's voice, and a relative rate and pitch.</summary>
public sealed class VoicePreset
{
    /// <summary>The preset's name as callers give it ("professional", "warm"…); compared case-insensitively.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The engine that speaks it: "flite", "espeak-ng" or "piper" (see <see cref="SynthesisOptions.Engine"/>
    /// for when another engine stands in).</summary>
    public string Engine { get; set; } = SynthesisEngines.Flite;

    /// <summary>The engine's own voice: a flite voice (kal, awb, rms, slt), an espeak-ng voice (en-us, en-gb…), or for
    /// Piper a speaker id of a multi-speaker model ("0" when empty).</summary>
    public string Voice { get; set; } = string.Empty;

    /// <summary>Speaking rate relative to the voice's normal one (1 = normal, 0.9 = 10% slower).</summary>
    public double Rate { get; set; } = 1.0;

    /// <summary>Pitch relative to the voice's normal one (1 = normal, 0.95 = 5% lower); Piper ignores it.</summary>
    public double Pitch { get; set; } = 1.0;
}
