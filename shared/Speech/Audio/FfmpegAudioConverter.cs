using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Sandbox;

namespace MockInterview.Speech.Audio;

/// <summary>Converts compressed audio (and WAVs that are not plain PCM) to 16 kHz mono 16-bit PCM with ffmpeg in
/// the sandbox: the upload goes in on standard input, raw samples come out on standard output, capped at the longest
/// audio allowed so that a small file that expands to hours is stopped at the limit, not decoded whole.</summary>
internal sealed partial class FfmpegAudioConverter(
    SandboxedProcessRunner runner,
    IOptions<AudioOptions> options,
    ILogger<FfmpegAudioConverter> logger)
{
    public const string InstallHint =
        "Reading WebM, OGG, MP3 and FLAC audio needs ffmpeg: install it (Debian/Ubuntu: apt-get install ffmpeg) or set Speech:Audio:FfmpegPath.";

    public async Task<short[]> ConvertAsync(byte[] input, AudioFormat format, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var maxSamples = (long)Math.Ceiling(settings.MaxSeconds * PcmAudio.RecognitionSampleRate);
        var limits = new SandboxLimits(
            settings.MaxDecodeMemoryBytes,
            settings.MaxDecodeCpuSeconds,
            MaxFileBytes: 0,
            settings.DecodeTimeout,
            (int)Math.Min(int.MaxValue - 1, maxSamples * 2));
        var folder = PrivateFolder.Create(settings.TemporaryDirectory, "mockinterview-audio-");
        var directory = folder.Directory;
        try
        {
            var command = new SandboxCommand(settings.FfmpegPath, Arguments(format), directory.FullName, InstallHint) { PrlimitPath = settings.PrlimitPath };
            ProcessOutcome outcome;
            try
            {
                outcome = await runner.RunAsync(command, limits, new MemoryStream(input, writable: false), cancellationToken).ConfigureAwait(false);
            }
            catch (SandboxToolUnavailableException e)
            {
                throw new SpeechEngineUnavailableException(e.Message, e);
            }

            if (outcome.OutputTruncated)
            {
                throw AudioInputErrors.TooLong(settings.MaxSeconds);
            }

            if (outcome.TimedOut || outcome.Signal is not null)
            {
                LogConverterStopped(logger, format, outcome.TimedOut, outcome.Signal);
                throw AudioInputErrors.Corrupt("converting it took more time or memory than allowed");
            }

            if (outcome.ExitCode != 0 || outcome.Errors.Contains("ended prematurely", StringComparison.Ordinal))
            {
                throw AudioInputErrors.Corrupt($"the {Describe(format)} data is damaged or cut short");
            }

            var samples = new short[outcome.Output.Length / 2];
            Buffer.BlockCopy(outcome.Output, 0, samples, 0, samples.Length * 2);
            return samples;
        }
        finally
        {
            if (folder.Delete() is { } failure)
            {
                LogDeleteFailed(logger, directory.FullName, failure);
            }
        }
    }

    // The demuxer is forced to the sniffed format: ffmpeg never guesses among its hundreds of formats for an upload.
    private static string[] Arguments(AudioFormat format) =>
    [
        "-hide_banner", "-nostats", "-loglevel", "error", "-threads", "1",
        "-f", Demuxer(format), "-i", "pipe:0",
        "-map", "0:a:0", "-vn", "-sn", "-dn",
        "-ac", "1", "-ar", PcmAudio.RecognitionSampleRate.ToString(CultureInfo.InvariantCulture),
        "-c:a", "pcm_s16le", "-f", "s16le", "pipe:1",
    ];

    private static string Demuxer(AudioFormat format) => format switch
    {
        AudioFormat.Wav => "wav",
        AudioFormat.Ogg => "ogg",
        AudioFormat.WebM => "matroska",
        AudioFormat.Mp3 => "mp3",
        AudioFormat.Flac => "flac",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "No converter for this format."),
    };

    private static string Describe(AudioFormat format) => format switch
    {
        AudioFormat.WebM => "WebM",
        _ => format.ToString().ToUpperInvariant(),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "ffmpeg was stopped converting {Format} audio (timed out: {TimedOut}, signal: {Signal})")]
    private static partial void LogConverterStopped(ILogger logger, AudioFormat format, bool timedOut, int? signal);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not delete the temporary audio directory {Directory}")]
    private static partial void LogDeleteFailed(ILogger logger, string directory, Exception exception);
}
