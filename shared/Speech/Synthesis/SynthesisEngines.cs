namespace MockInterview.Speech.Synthesis;

/// <summary>The text-to-speech engine names, as they appear in settings, presets and <see cref="SynthesizedSpeech.Engine"/>.</summary>
public static class SynthesisEngines
{
    /// <summary>Piper when a model is configured, else each preset's own engine.</summary>
    public const string Auto = "auto";

    /// <summary>Piper/VITS voices through sherpa-onnx (needs <c>Speech:Synthesis:Piper:ModelPath</c>).</summary>
    public const string Piper = "piper";

    /// <summary>The flite command-line synthesiser.</summary>
    public const string Flite = "flite";

    /// <summary>The espeak-ng command-line synthesiser.</summary>
    public const string EspeakNg = "espeak-ng";

    /// <summary>True when <paramref name="name"/> is an engine a preset may name.</summary>
    public static bool IsEngine(string? name) => name is Piper or Flite or EspeakNg;
}
