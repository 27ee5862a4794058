using Microsoft.Extensions.Options;
using MockInterview.Sandbox;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Encoders;

namespace MockInterview.Speech.Synthesis;

/// <summary>Runs a command-line engine in the sandbox: the text goes in on standard input (never as an argument, so
/// text that starts with "-" is spoken, not parsed), a WAV comes out on standard output or in a file in the run's
/// private folder.</summary>
internal sealed class SynthesisProcess(SandboxedProcessRunner runner, IOptions<SynthesisOptions> options)
{
    // Two minutes of 48 kHz 16-bit audio: far more than one chunk of text takes to say.
    public const int MaxOutputBytes = 12 * 1024 * 1024;

    /// <summary>Speaks <paramref name="text"/> with <paramref name="tool"/>.</summary>
    /// <param name="tool">The executable.</param>
    /// <param name="arguments">Its arguments, given the path of the WAV file it may write (see <paramref name="toFile"/>).</param>
    /// <param name="toFile">True: the WAV is read from that file; false: from standard output.</param>
    /// <param name="text">One chunk of prepared text.</param>
    /// <param name="installHint">What to install or set when the tool is missing.</param>
    /// <param name="cancellationToken">Cancels the run (the process is killed).</param>
    /// <param name="maxFileBytes">The largest file the tool may write or size (<c>prlimit --fsize</c>); by default the
    /// output cap, room for the WAV.</param>
    public async Task<PcmAudio> RunAsync(
        string tool, Func<string, IReadOnlyList<string>> arguments, bool toFile, string text, string installHint, CancellationToken cancellationToken, long maxFileBytes = MaxOutputBytes)
    {
        var settings = options.Value;
        var limits = new SandboxLimits(settings.MaxEngineMemoryBytes, settings.MaxEngineCpuSeconds, maxFileBytes, settings.EngineTimeout, MaxOutputBytes);
        using var folder = PrivateFolder.Create(settings.TemporaryDirectory, "mockinterview-tts-");
        var outputPath = Path.Combine(folder.Directory.FullName, "speech.wav");
        var command = new SandboxCommand(tool, arguments(outputPath), folder.Directory.FullName, installHint) { PrlimitPath = settings.PrlimitPath };
        ProcessOutcome outcome;
        try
        {
            using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text + "\n"), writable: false);
            outcome = await runner.RunAsync(command, limits, input, cancellationToken).ConfigureAwait(false);
        }
        catch (SandboxToolUnavailableException e)
        {
            throw new SpeechEngineUnavailableException(e.Message, e);
        }

        var name = Path.GetFileName(tool);
        if (outcome.TimedOut || outcome.OutputTruncated || outcome.ExitCode != 0)
        {
            var why = outcome.TimedOut ? $"did not finish within {settings.EngineTimeout.TotalSeconds:0.#} s"
                : outcome.OutputTruncated ? "wrote more audio than one piece of text can take"
                : $"failed (exit code {outcome.ExitCode})";
            throw new SpeechEngineUnavailableException($"The text-to-speech engine {name} {why}.");
        }

        byte[] wav;
        try
        {
            wav = toFile ? await File.ReadAllBytesAsync(outputPath, cancellationToken).ConfigureAwait(false) : outcome.Output;
        }
        catch (FileNotFoundException e)
        {
            throw new SpeechEngineUnavailableException($"The text-to-speech engine {name} wrote no audio file.", e);
        }

        try
        {
            var format = WavReader.ReadFormat(wav);
            if (!format.IsPlainPcm)
            {
                throw new SpeechEngineUnavailableException($"The text-to-speech engine {name} wrote a WAV that is not plain PCM.");
            }

            return new PcmAudio(Pcm.ToShorts(WavReader.ReadMono(wav, format)), format.SampleRate);
        }
        catch (SpeechInputException e)
        {
            throw new SpeechEngineUnavailableException($"The text-to-speech engine {name} wrote no readable WAV ({e.Code}).", e);
        }
    }
}
