using System.Globalization;
using System.Runtime.InteropServices;

namespace MockInterview.Speech.Recognition.PocketSphinx;

/// <summary>One loaded pocketsphinx decoder (<c>ps_decoder_t</c>). Not thread-safe: the pool lends it to one piece
/// of audio at a time.</summary>
internal sealed unsafe class PocketSphinxDecoder : IDisposable
{
    // pocketsphinx's default frame rate (-frate 100): segment frames are 10 ms.
    private const double FrameSeconds = 0.01;

    private readonly PocketSphinxNative native;
    private nint decoder;

    private PocketSphinxDecoder(PocketSphinxNative native, nint decoder)
    {
        this.native = native;
        this.decoder = decoder;
    }

    /// <summary>Loads the model into a new decoder (about 0.6 s).</summary>
    /// <exception cref="SpeechEngineUnavailableException">A model file is missing or the decoder does not initialise.</exception>
    public static PocketSphinxDecoder Create(PocketSphinxNative native, PocketSphinxOptions options)
    {
        RequireModelFile(options.AcousticModelPath, "AcousticModelPath", directory: true);
        RequireModelFile(options.LanguageModelPath, "LanguageModelPath", directory: false);
        RequireModelFile(options.DictionaryPath, "DictionaryPath", directory: false);
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["-hmm"] = options.AcousticModelPath,
            ["-lm"] = options.LanguageModelPath,
            ["-dict"] = options.DictionaryPath,
            ["-maxhmmpf"] = options.MaxHmmPerFrame.ToString(CultureInfo.InvariantCulture),
            ["-fwdflat"] = options.FlatLexiconSearch ? "yes" : "no",
            ["-logfn"] = "/dev/null",
        };
        // Names may omit the dash (configuration keys read better without it); an empty value keeps the default.
        foreach (var (name, value) in options.Arguments.Where(a => !string.IsNullOrWhiteSpace(a.Value)))
        {
            arguments[name.StartsWith('-') ? name : "-" + name] = value;
        }

        var strings = arguments.SelectMany(a => new[] { a.Key, a.Value }).Select(Marshal.StringToCoTaskMemUTF8).ToArray();
        try
        {
            nint config;
            fixed (nint* argv = strings)
            {
                config = native.CmdLnParseR(0, native.PsArgs(), strings.Length, argv, 1);
            }

            if (config == 0)
            {
                throw new SpeechEngineUnavailableException(
                    "pocketsphinx rejected its arguments; check Speech:Recognition:PocketSphinx:Arguments.");
            }

            var decoder = native.PsInit(config);
            native.CmdLnFreeR(config); // ps_init holds its own reference.
            return decoder == 0
                ? throw new SpeechEngineUnavailableException(
                    "pocketsphinx could not load its model; check the Speech:Recognition:PocketSphinx model paths. " + PocketSphinxRecognizer.InstallHint)
                : new PocketSphinxDecoder(native, decoder);
        }
        finally
        {
            foreach (var pointer in strings)
            {
                Marshal.FreeCoTaskMem(pointer);
            }
        }
    }

    /// <summary>Recognises <paramref name="samples"/> (16 kHz mono) as one utterance; times are relative to its start.</summary>
    public IReadOnlyList<TranscribedWord> Decode(ReadOnlySpan<short> samples)
    {
        ObjectDisposedException.ThrowIf(decoder == 0, this);
        if (native.PsStartUtt(decoder) < 0)
        {
            throw new InvalidOperationException("pocketsphinx could not start an utterance.");
        }

        fixed (short* data = samples)
        {
            if (native.PsProcessRaw(decoder, data, (nuint)samples.Length, 0, 1) < 0)
            {
                native.PsEndUtt(decoder);
                throw new InvalidOperationException("pocketsphinx failed to process the audio.");
            }
        }

        if (native.PsEndUtt(decoder) < 0)
        {
            throw new InvalidOperationException("pocketsphinx could not end the utterance.");
        }

        int score;
        if (native.PsGetHyp(decoder, &score) == 0)
        {
            return [];
        }

        var logmath = native.PsGetLogmath(decoder);
        var words = new List<TranscribedWord>();
        // ps_seg_next frees the iterator when it returns null, so the loop runs to the end.
        for (var segment = native.PsSegIter(decoder); segment != 0; segment = native.PsSegNext(segment))
        {
            var word = RecognizedWords.Clean(Marshal.PtrToStringUTF8(native.PsSegWord(segment)));
            if (word is null)
            {
                continue;
            }

            int startFrame, endFrame, acoustic, language, backoff;
            native.PsSegFrames(segment, &startFrame, &endFrame);
            // The log posterior of the word in the lattice (bestpath is on by default), in the decoder's log base.
            var posterior = native.LogmathExp(logmath, native.PsSegProb(segment, &acoustic, &language, &backoff));
            words.Add(new TranscribedWord(
                word,
                startFrame * FrameSeconds,
                (endFrame + 1) * FrameSeconds,
                Math.Clamp(double.IsFinite(posterior) ? posterior : 0, 0, 1)));
        }

        return words;
    }

    public void Dispose()
    {
        if (decoder != 0)
        {
            native.PsFree(decoder);
            decoder = 0;
        }
    }

    private static void RequireModelFile(string path, string setting, bool directory)
    {
        if (directory ? !Directory.Exists(path) : !File.Exists(path))
        {
            throw new SpeechEngineUnavailableException(
                $"The pocketsphinx model file '{path}' is missing. {PocketSphinxRecognizer.InstallHint} or set Speech:Recognition:PocketSphinx:{setting}.");
        }
    }
}
