using System.Globalization;
using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Synthesis;

/// <summary>espeak-ng: <c>espeak-ng --stdin -w FILE -v V -s WPM -p PITCH</c>, the text on standard input.</summary>
internal sealed class EspeakSynthesizer(VoiceCatalog voices, SynthesisProcess process, IOptions<SynthesisOptions> options)
    : CommandLineSynthesizer(voices, process, options)
{
    // espeak-ng's defaults: 175 words per minute, pitch 50 on its 0-99 scale.
    private const double NormalWordsPerMinute = 175;
    private const double NormalPitch = 50;

    public override string Name => SynthesisEngines.EspeakNg;

    protected override string Tool => Settings.EspeakPath;

    protected override string InstallHint => "install espeak-ng (Debian/Ubuntu: apt-get install espeak-ng) or set Speech:Synthesis:EspeakPath.";

    // espeak-ng opens its audio library's PulseAudio client even when it only writes a WAV, and that sizes a 64 MiB
    // shared-memory segment (ftruncate on /dev/shm), which a smaller file-size limit kills with SIGXFSZ. It is
    // memory, bounded by the address-space limit, not disk.
    protected override long MaxFileBytes => 80L * 1024 * 1024;

    // On standard output espeak-ng's WAV header claims 0x7FFFF000 bytes of samples; a file gets the true length.
    protected override bool WritesFile => true;

    protected override IReadOnlyList<string> Arguments(ResolvedVoice voice, string outputPath) =>
    [
        "--stdin", "-w", outputPath,
        "-v", voice.EngineVoice,
        "-s", Math.Clamp(Math.Round(NormalWordsPerMinute * voice.Rate), 80, 450).ToString(CultureInfo.InvariantCulture),
        "-p", Math.Clamp(Math.Round(NormalPitch * voice.Pitch), 0, 99).ToString(CultureInfo.InvariantCulture),
    ];
}
