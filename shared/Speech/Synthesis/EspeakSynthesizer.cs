using System.Globalization;
using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Synthesis;

/// <summary>espeak-ng: <c>espeak-ng --stdin --stdout -v V -s WPM -p PITCH</c>.</summary>
internal sealed class EspeakSynthesizer(VoiceCatalog voices, SynthesisProcess process, IOptions<SynthesisOptions> options)
    : CommandLineSynthesizer(voices, process, options)
{
    // espeak-ng's defaults: 175 words per minute, pitch 50 on its 0-99 scale.
    private const double NormalWordsPerMinute = 175;
    private const double NormalPitch = 50;

    public override string Name => SynthesisEngines.EspeakNg;

    protected override string Tool => Settings.EspeakPath;

    protected override string InstallHint => "install espeak-ng (Debian/Ubuntu: apt-get install espeak-ng) or set Speech:Synthesis:EspeakPath.";

    protected override IReadOnlyList<string> Arguments(ResolvedVoice voice) =>
    [
        "--stdin", "--stdout",
        "-v", voice.EngineVoice,
        "-s", Math.Clamp(Math.Round(NormalWordsPerMinute * voice.Rate), 80, 450).ToString(CultureInfo.InvariantCulture),
        "-p", Math.Clamp(Math.Round(NormalPitch * voice.Pitch), 0, 99).ToString(CultureInfo.InvariantCulture),
    ];
}
