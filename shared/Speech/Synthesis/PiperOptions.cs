namespace MockInterview.Speech.Synthesis;

/// <summary>Piper/VITS voices through sherpa-onnx's C API (section <c>Speech:Synthesis:Piper</c>).</summary>
public sealed class PiperOptions
{
    /// <summary>The voice model (.onnx, a Piper voice converted for sherpa-onnx). Piper is used only when this is set.</summary>
    public string? ModelPath { get; set; }

    /// <summary>The model's tokens.txt; empty means tokens.txt beside the model.</summary>
    public string? TokensPath { get; set; }

    /// <summary>The espeak-ng-data folder Piper voices phonemise with; empty means espeak-ng-data beside the model.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>A lexicon file, for models that use one instead of espeak-ng data; usually empty.</summary>
    public string? LexiconPath { get; set; }

    /// <summary>The sherpa-onnx C library: a path, or a name the loader finds (the npm package
    /// sherpa-onnx-linux-x64 ships libsherpa-onnx-c-api.so and libonnxruntime.so side by side).</summary>
    public string LibraryPath { get; set; } = "libsherpa-onnx-c-api.so";

    /// <summary>Threads onnxruntime uses for one utterance.</summary>
    public int Threads { get; set; } = 1;

    /// <summary>The onnxruntime execution provider: "cpu", or "cuda" with a GPU build.</summary>
    public string Provider { get; set; } = "cpu";

    /// <summary>VITS noise scale (expressiveness); the Piper default.</summary>
    public double NoiseScale { get; set; } = 0.667;

    /// <summary>VITS duration noise scale; the Piper default.</summary>
    public double NoiseScaleW { get; set; } = 0.8;
}
