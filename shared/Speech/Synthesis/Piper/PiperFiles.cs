namespace MockInterview.Speech.Synthesis.Piper;

/// <summary>The files of a Piper voice, checked before the native library sees them so that a wrong setting gets a
/// message naming it instead of a native error.</summary>
internal sealed record PiperFiles(string Model, string Tokens, string? DataDirectory, string? Lexicon)
{
    private const string Section = "Speech:Synthesis:Piper";

    /// <exception cref="SpeechEngineUnavailableException">A setting is empty or names a file that does not exist.</exception>
    public static PiperFiles Locate(PiperOptions piper)
    {
        if (string.IsNullOrWhiteSpace(piper.ModelPath))
        {
            throw new SpeechEngineUnavailableException(
                $"Piper needs a voice model: set {Section}:ModelPath to a Piper/VITS .onnx voice converted for sherpa-onnx "
                + "(no model can be downloaded here), or choose another engine with Speech:Synthesis:Engine.");
        }

        var model = Path.GetFullPath(piper.ModelPath);
        if (!File.Exists(model))
        {
            throw new SpeechEngineUnavailableException($"The Piper model set in {Section}:ModelPath does not exist ({model}).");
        }

        if (!LooksLikeOnnx(model))
        {
            throw new SpeechEngineUnavailableException($"The file set in {Section}:ModelPath is not an ONNX model ({model}).");
        }

        var folder = Path.GetDirectoryName(model)!;
        var tokens = Path.GetFullPath(string.IsNullOrWhiteSpace(piper.TokensPath) ? Path.Combine(folder, "tokens.txt") : piper.TokensPath);
        if (!File.Exists(tokens))
        {
            throw new SpeechEngineUnavailableException($"The Piper tokens file does not exist ({tokens}): set {Section}:TokensPath.");
        }

        string? lexicon = null;
        if (!string.IsNullOrWhiteSpace(piper.LexiconPath))
        {
            lexicon = Path.GetFullPath(piper.LexiconPath);
            if (!File.Exists(lexicon))
            {
                throw new SpeechEngineUnavailableException($"The lexicon set in {Section}:LexiconPath does not exist ({lexicon}).");
            }
        }

        var data = Path.GetFullPath(string.IsNullOrWhiteSpace(piper.DataDirectory) ? Path.Combine(folder, "espeak-ng-data") : piper.DataDirectory);
        if (!Directory.Exists(data))
        {
            if (lexicon is null)
            {
                throw new SpeechEngineUnavailableException(
                    $"The espeak-ng data folder Piper voices need does not exist ({data}): set {Section}:DataDirectory (or {Section}:LexiconPath for a lexicon model).");
            }

            data = null;
        }

        return new PiperFiles(model, tokens, data, lexicon);
    }

    // sherpa-onnx 1.13.8 does not return an error for a model onnxruntime cannot parse: the uncaught Ort::Exception
    // terminates the process. An ONNX file is a protobuf ModelProto whose first field is ir_version (field 1, varint:
    // tag byte 0x08); checking that byte stops a wrong or empty file here. A damaged file that passes still aborts.
    private static bool LooksLikeOnnx(string path)
    {
        using var file = File.OpenRead(path);
        return file.ReadByte() == 0x08;
    }
}
