using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Recognition.Whisper;

/// <summary>Speech to text with Whisper through whisper.cpp (GPU when the library has one and
/// <see cref="WhisperOptions.UseGpu"/> is on): words with token-level timings and probabilities.</summary>
/// <remarks>Long audio is cut at pauses into pieces of up to Whisper's 30-second window, so that no window boundary
/// falls inside a word; whisper.cpp parallelises each piece itself.</remarks>
internal sealed class WhisperRecognizer(WhisperContextPool pool) : ISpeechRecognizer
{
    private const double PieceSeconds = 25;

    public string Name => "whisper";

    public async Task<Transcript> TranscribeAsync(PcmAudio audio, double? endOfTurnSilenceSeconds, CancellationToken cancellationToken)
    {
        await pool.EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        return await SegmentedRecognition.TranscribeAsync(
            audio,
            endOfTurnSilenceSeconds,
            Name,
            PieceSeconds,
            (samples, cancel) => pool.UseAsync(context => context.Transcribe(samples.Span), cancel),
            cancellationToken).ConfigureAwait(false);
    }
}
