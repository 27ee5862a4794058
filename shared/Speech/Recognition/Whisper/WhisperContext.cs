using System.Runtime.InteropServices;
using System.Text;

namespace MockInterview.Speech.Recognition.Whisper;

/// <summary>One loaded whisper.cpp context (<c>whisper_context</c>, the model and its state). Not thread-safe: used by
/// one transcription at a time.</summary>
internal sealed unsafe class WhisperContext : IDisposable
{
    // whisper.cpp's timestamps are in centiseconds.
    private const double TickSeconds = 0.01;
    private const int GreedySampling = 0;

    private readonly WhisperNative native;
    private readonly WhisperOptions options;
    private nint context;

    private WhisperContext(WhisperNative native, WhisperOptions options, nint context)
    {
        this.native = native;
        this.options = options;
        this.context = context;
    }

    /// <summary>Loads the model.</summary>
    /// <exception cref="SpeechEngineUnavailableException">The model does not load.</exception>
    public static WhisperContext Create(WhisperNative native, WhisperOptions options)
    {
        var parameters = native.ContextDefaultParams();
        ((byte*)&parameters)[WhisperParameters.UseGpu] = options.UseGpu ? (byte)1 : (byte)0;
        var path = Marshal.StringToCoTaskMemUTF8(options.ModelPath);
        try
        {
            var context = native.InitFromFileWithParams(path, parameters);
            return context == 0
                ? throw new SpeechEngineUnavailableException(
                    $"whisper.cpp could not load the model '{options.ModelPath}'; Speech:Recognition:Whisper:ModelPath must be a ggml Whisper model.")
                : new WhisperContext(native, options, context);
        }
        finally
        {
            Marshal.FreeCoTaskMem(path);
        }
    }

    /// <summary>Transcribes <paramref name="samples"/> (16 kHz mono); word times are relative to its start.</summary>
    public IReadOnlyList<TranscribedWord> Transcribe(ReadOnlySpan<short> samples)
    {
        ObjectDisposedException.ThrowIf(context == 0, this);
        var floats = new float[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            floats[i] = samples[i] / 32768f;
        }

        var parameters = native.FullDefaultParams(GreedySampling);
        var bytes = (byte*)&parameters;
        *(int*)(bytes + WhisperParameters.Threads) = options.Threads > 0 ? options.Threads : Environment.ProcessorCount;
        bytes[WhisperParameters.NoContext] = 1;
        bytes[WhisperParameters.SingleSegment] = 0;
        bytes[WhisperParameters.PrintSpecial] = 0;
        bytes[WhisperParameters.PrintProgress] = 0;
        bytes[WhisperParameters.PrintRealtime] = 0;
        bytes[WhisperParameters.PrintTimestamps] = 0;
        bytes[WhisperParameters.TokenTimestamps] = 1;
        var language = Marshal.StringToCoTaskMemUTF8(options.Language);
        try
        {
            *(nint*)(bytes + WhisperParameters.Language) = language;
            int status;
            fixed (float* data = floats)
            {
                status = native.Full(context, parameters, data, floats.Length);
            }

            if (status != 0)
            {
                throw new InvalidOperationException($"whisper_full failed with status {status}.");
            }
        }
        finally
        {
            Marshal.FreeCoTaskMem(language);
        }

        return Words();
    }

    public void Dispose()
    {
        if (context != 0)
        {
            native.Free(context);
            context = 0;
        }
    }

    // Whisper's tokens are word pieces; a piece that starts with a space starts a new word. A word's time runs from
    // its first piece's start to its last piece's end, its confidence is the mean of its pieces' probabilities.
    private List<TranscribedWord> Words()
    {
        var words = new List<TranscribedWord>();
        var endOfText = native.TokenEot(context);
        var text = new StringBuilder();
        double start = 0, end = 0, probabilitySum = 0;
        var pieces = 0;
        var segments = native.FullNSegments(context);
        for (var segment = 0; segment < segments; segment++)
        {
            var tokens = native.FullNTokens(context, segment);
            for (var token = 0; token < tokens; token++)
            {
                var data = native.FullGetTokenData(context, segment, token);
                var bytes = (byte*)&data;
                if (*(int*)(bytes + WhisperParameters.TokenId) >= endOfText)
                {
                    continue; // special and timestamp tokens
                }

                var piece = Marshal.PtrToStringUTF8(native.FullGetTokenText(context, segment, token)) ?? string.Empty;
                if ((piece.StartsWith(' ') || text.Length == 0) && pieces > 0)
                {
                    Flush();
                }

                if (pieces == 0)
                {
                    start = *(long*)(bytes + WhisperParameters.TokenStart) * TickSeconds;
                }

                text.Append(piece);
                end = *(long*)(bytes + WhisperParameters.TokenEnd) * TickSeconds;
                probabilitySum += *(float*)(bytes + WhisperParameters.TokenProbability);
                pieces++;
            }
        }

        if (pieces > 0)
        {
            Flush();
        }

        return words;

        void Flush()
        {
            var word = Normalize(text.ToString());
            if (word.Length > 0)
            {
                words.Add(new TranscribedWord(word, start, Math.Max(start, end), Math.Clamp(probabilitySum / pieces, 0, 1)));
            }

            text.Clear();
            probabilitySum = 0;
            pieces = 0;
        }
    }

    // Whisper writes cased, punctuated text; transcripts hold lower-case words like pocketsphinx's, so analytics
    // (filler words, words per minute) read both engines the same way. Inner apostrophes and hyphens stay.
    private static string Normalize(string piece) =>
        piece.Trim().Trim('.', ',', '?', '!', ';', ':', '"', '(', ')', '…').ToLowerInvariant();
}
