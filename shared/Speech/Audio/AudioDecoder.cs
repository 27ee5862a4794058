using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Audio;

/// <summary>Reads an upload within the size limit, tells its format from its bytes, and decodes it to 16 kHz mono:
/// plain PCM WAV in process (a header that promises more than the duration limit is refused before any sample is
/// read), everything else through ffmpeg in the sandbox.</summary>
/// <remarks>Why WAV stays in process: it is what the tests, flite and most desktop recorders produce, reading it is a
/// header and a loop, and a child process would cost tens of milliseconds per answer. Resampling to 16 kHz is done
/// here too (a windowed-sinc filter) rather than by sending such WAVs to ffmpeg, so a plain 44.1/48 kHz WAV needs no
/// tool at all.</remarks>
internal sealed class AudioDecoder(IOptions<AudioOptions> options, FfmpegAudioConverter converter) : IAudioDecoder
{
    // Resampling may lose a few samples at the end; a cut file loses far more.
    private const double FlacShortfallSeconds = 0.05;

    public async Task<PcmAudio> DecodeAsync(Stream input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = options.Value;
        var bytes = await ReadBoundedAsync(input, settings.MaxBytes, cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            throw AudioInputErrors.Empty();
        }

        var format = AudioFormatSniffer.Detect(bytes);
        short[] samples;
        switch (format)
        {
            case AudioFormat.Unknown:
                throw AudioInputErrors.Unsupported();
            case AudioFormat.Wav:
                var wav = WavReader.ReadFormat(bytes);
                if (wav.DurationSeconds > settings.MaxSeconds)
                {
                    throw AudioInputErrors.TooLong(settings.MaxSeconds);
                }

                samples = wav.IsPlainPcm
                    ? Resampler.ToPcm16(WavReader.ReadMono(bytes, wav), wav.SampleRate, PcmAudio.RecognitionSampleRate)
                    : await converter.ConvertAsync(bytes, format, cancellationToken).ConfigureAwait(false);
                break;
            case AudioFormat.Ogg when !OggPages.EndsComplete(bytes):
                throw AudioInputErrors.Corrupt("the OGG data is cut short");
            case AudioFormat.Flac when FlacStreamInfo.DeclaredSeconds(bytes) is { } declared:
                if (declared > settings.MaxSeconds)
                {
                    throw AudioInputErrors.TooLong(settings.MaxSeconds);
                }

                samples = await converter.ConvertAsync(bytes, format, cancellationToken).ConfigureAwait(false);
                if ((double)samples.Length / PcmAudio.RecognitionSampleRate < declared - FlacShortfallSeconds)
                {
                    throw AudioInputErrors.Corrupt("the FLAC data is cut short");
                }

                break;
            default:
                samples = await converter.ConvertAsync(bytes, format, cancellationToken).ConfigureAwait(false);
                break;
        }

        if (samples.Length == 0)
        {
            throw AudioInputErrors.Empty();
        }

        return new PcmAudio(samples, PcmAudio.RecognitionSampleRate);
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream input, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw AudioInputErrors.TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
