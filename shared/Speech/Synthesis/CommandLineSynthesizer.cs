using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Synthesis;

/// <summary>An engine run as a sandboxed child process, one run per chunk of text (see <see cref="TextChunker"/>).</summary>
internal abstract class CommandLineSynthesizer(VoiceCatalog voices, SynthesisProcess process, IOptions<SynthesisOptions> options) : ISpeechSynthesizer
{
    public abstract string Name { get; }

    protected SynthesisOptions Settings => options.Value;

    /// <summary>The executable's name or path.</summary>
    protected abstract string Tool { get; }

    /// <summary>What to install or set when the tool is missing.</summary>
    protected abstract string InstallHint { get; }

    public async IAsyncEnumerable<PcmAudio> SynthesizeAsync(string text, string voice, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prepared = SynthesisText.Prepare(text, Settings.MaxTextChars);
        var resolved = voices.Resolve(voice);
        if (resolved.Engine != Name)
        {
            throw new SpeechInputException("unknownVoice", $"The voice '{resolved.Preset}' is spoken by {resolved.Engine}, not {Name}.");
        }

        foreach (var chunk in TextChunker.Split(prepared, Settings.MaxChunkChars))
        {
            yield return await process.RunAsync(Tool, output => Arguments(resolved, output), WritesFile, chunk, InstallHint, cancellationToken, MaxFileBytes).ConfigureAwait(false);
        }
    }

    /// <summary>The largest file the engine may write or size (<c>prlimit --fsize</c>).</summary>
    protected virtual long MaxFileBytes => SynthesisProcess.MaxOutputBytes;

    /// <summary>True when the engine writes its WAV to the file named in its arguments, false for standard output.</summary>
    protected abstract bool WritesFile { get; }

    /// <summary>The engine's arguments for <paramref name="voice"/>: voice, rate and pitch, where the WAV goes
    /// (<paramref name="outputPath"/> or standard output), text from standard input. Never the text itself.</summary>
    protected abstract IReadOnlyList<string> Arguments(ResolvedVoice voice, string outputPath);
}
