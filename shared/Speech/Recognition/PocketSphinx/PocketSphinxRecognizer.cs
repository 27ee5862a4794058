using Microsoft.Extensions.Options;
using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Recognition.PocketSphinx;

/// <summary>Speech to text with CMU pocketsphinx (the CPU engine available here): the audio is cut at pauses and the
/// pieces decoded in parallel on pooled decoders; words come with 10 ms timings and lattice posteriors.</summary>
internal sealed class PocketSphinxRecognizer(PocketSphinxDecoderPool pool, IOptions<RecognitionOptions> options) : ISpeechRecognizer
{
    public const string InstallHint = "Install pocketsphinx (Debian/Ubuntu: apt-get install libpocketsphinx3 pocketsphinx-en-us)";

    public string Name => "pocketsphinx";

    public async Task<Transcript> TranscribeAsync(PcmAudio audio, double? endOfTurnSilenceSeconds, CancellationToken cancellationToken)
    {
        await pool.EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        return await SegmentedRecognition.TranscribeAsync(
            audio,
            endOfTurnSilenceSeconds,
            Name,
            options.Value.PocketSphinx.PieceSeconds,
            (samples, cancel) => pool.UseAsync(decoder => decoder.Decode(samples.Span), cancel),
            cancellationToken).ConfigureAwait(false);
    }
}
