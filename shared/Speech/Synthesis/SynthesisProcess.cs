using Microsoft.Extensions.Options;
using MockInterview.Sandbox;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Encoding;

namespace MockInterview.Speech.Synthesis;

/// <summary>Runs a command-line engine in the sandbox: the text goes in on standard input (never as an argument, so
/// text that starts with "-" is spoken, not parsed), a WAV comes out on standard output.</summary>
internal sealed class SynthesisProcess(SandboxedProcessRunner runner, IOptions<SynthesisOptions> options)
{
    // Two minutes of 48 kHz 16-bit audio: far more than one chunk of text takes to say.
    private const int MaxOutputBytes = 12 * 1024 * 1024;

    public async Task<PcmAudio> RunAsync(string tool, IReadOnlyList<string> arguments, string text, string installHint, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var limits = new SandboxLimits(settings.MaxEngineMemoryBytes, settings.MaxEngineCpuSeconds, MaxFileBytes: 0, settings.EngineTimeout, MaxOutputBytes);
        using var folder = PrivateFolder.Create(settings.TemporaryDirectory, "mockinterview-tts-");
        var command = new SandboxCommand(tool, arguments, folder.Directory.FullName, installHint) { PrlimitPath = settings.PrlimitPath };
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

        try
        {
            var format = WavReader.ReadFormat(outcome.Output);
            if (!format.IsPlainPcm)
            {
                throw new SpeechEngineUnavailableException($"The text-to-speech engine {name} wrote a WAV that is not plain PCM.");
            }

            return new PcmAudio(Pcm.ToShorts(WavReader.ReadMono(outcome.Output, format)), format.SampleRate);
        }
        catch (SpeechInputException e)
        {
            throw new SpeechEngineUnavailableException($"The text-to-speech engine {name} wrote no readable WAV ({e.Code}).", e);
        }
    }
}
