using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Sandbox;
using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Encoders;

/// <summary>Writes WAV in process, and Ogg/Opus (or MP3) with ffmpeg in the sandbox: raw samples in on standard input,
/// the compressed stream out on standard output. Which compressed format works is found once, by asking ffmpeg for its
/// encoders.</summary>
internal sealed partial class AudioEncoder : IAudioEncoder
{
    public const string InstallHint = "compressing speech needs ffmpeg with libopus or libmp3lame: install it (Debian/Ubuntu: apt-get install ffmpeg) or set Speech:Encoding:FfmpegPath.";

    private readonly SandboxedProcessRunner runner;
    private readonly IOptions<AudioEncoderOptions> options;
    private readonly ILogger<AudioEncoder> logger;
    private readonly Lazy<CompressedFormat?> format;

    public AudioEncoder(SandboxedProcessRunner runner, IOptions<AudioEncoderOptions> options, ILogger<AudioEncoder> logger)
    {
        this.runner = runner;
        this.options = options;
        this.logger = logger;
        format = new Lazy<CompressedFormat?>(Probe, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string? CompressedMediaType => format.Value?.MediaType;

    public Task WriteWavAsync(PcmAudio audio, Stream output, CancellationToken cancellationToken) =>
        WavWriter.WriteAsync(audio, output, cancellationToken);

    public async Task WriteCompressedAsync(PcmAudio audio, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(output);
        var chosen = format.Value ?? throw new SpeechEngineUnavailableException($"No audio compressor is available here: {InstallHint}");
        var arguments = new List<string>
        {
            "-hide_banner", "-nostats", "-loglevel", "error", "-threads", "1",
            "-f", "s16le", "-ar", audio.SampleRate.ToString(CultureInfo.InvariantCulture), "-ac", "1", "-i", "pipe:0",
        };
        arguments.AddRange(chosen.CodecArguments);
        arguments.Add("pipe:1");
        var pcm = new byte[audio.Samples.Length * 2];
        Buffer.BlockCopy(audio.Samples, 0, pcm, 0, pcm.Length);

        // Compressed speech is far smaller than its PCM; the cap only stops a runaway process.
        var outcome = await RunAsync(arguments, new MemoryStream(pcm, writable: false), pcm.Length + (1 << 20), cancellationToken).ConfigureAwait(false);
        if (outcome.ExitCode != 0 || outcome.TimedOut || outcome.OutputTruncated || outcome.Output.Length == 0)
        {
            LogEncodeFailed(logger, chosen.MediaType, outcome.ExitCode, outcome.TimedOut);
            throw new SpeechEngineUnavailableException($"ffmpeg could not compress the speech as {chosen.MediaType} (exit code {outcome.ExitCode}).");
        }

        await output.WriteAsync(outcome.Output, cancellationToken).ConfigureAwait(false);
    }

    private CompressedFormat? Probe()
    {
        var settings = options.Value;
        if (settings.Compression == "none")
        {
            return null;
        }

        string encoders;
        try
        {
            // Once per process, on first use: the synchronous wait is a one-off ~50 ms on a pool thread.
            var outcome = RunAsync(["-hide_banner", "-encoders"], null, 1 << 20, CancellationToken.None).GetAwaiter().GetResult();
            encoders = outcome.ExitCode == 0 ? System.Text.Encoding.UTF8.GetString(outcome.Output) : string.Empty;
        }
        catch (SpeechEngineUnavailableException e)
        {
            LogNoCompressor(logger, e.Message);
            return null;
        }

        var opus = settings.Compression is "auto" or "opus" && HasEncoder(encoders, "libopus");
        var mp3 = settings.Compression is "auto" or "mp3" && HasEncoder(encoders, "libmp3lame");
        var chosen = opus
            ? new CompressedFormat("audio/ogg", ["-c:a", "libopus", "-b:a", Kbps(settings.OpusKilobitsPerSecond), "-application", "voip", "-f", "ogg"])
            : mp3 ? new CompressedFormat("audio/mpeg", ["-c:a", "libmp3lame", "-b:a", Kbps(settings.Mp3KilobitsPerSecond), "-f", "mp3"]) : null;
        if (chosen is null)
        {
            LogNoCompressor(logger, $"ffmpeg has no encoder for '{settings.Compression}'");
        }

        return chosen;
    }

    private async Task<ProcessOutcome> RunAsync(IReadOnlyList<string> arguments, Stream? input, int maxOutputBytes, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var limits = new SandboxLimits(settings.MaxMemoryBytes, settings.MaxCpuSeconds, MaxFileBytes: 0, settings.Timeout, maxOutputBytes);
        using var folder = PrivateFolder.Create(settings.TemporaryDirectory, "mockinterview-encode-");
        var command = new SandboxCommand(settings.FfmpegPath, arguments, folder.Directory.FullName, InstallHint) { PrlimitPath = settings.PrlimitPath };
        try
        {
            return await runner.RunAsync(command, limits, input, cancellationToken).ConfigureAwait(false);
        }
        catch (SandboxToolUnavailableException e)
        {
            throw new SpeechEngineUnavailableException(e.Message, e);
        }
    }

    // ffmpeg -encoders lists one encoder a line: " A....D libopus   libopus Opus (codec opus)".
    private static bool HasEncoder(string listing, string name) =>
        listing.Split('\n').Any(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var flags, var encoder, ..]
            && flags.StartsWith('A') && encoder == name);

    private static string Kbps(int value) => value.ToString(CultureInfo.InvariantCulture) + "k";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Speech is stored as WAV only: {Reason}")]
    private static partial void LogNoCompressor(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "ffmpeg failed to compress speech as {MediaType} (exit code {ExitCode}, timed out: {TimedOut})")]
    private static partial void LogEncodeFailed(ILogger logger, string mediaType, int exitCode, bool timedOut);
}
