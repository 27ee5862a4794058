using System.Globalization;
using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Synthesis;

/// <summary>flite 2.2: <c>flite -voice V --setf duration_stretch=… --setf int_f0_target_mean=… -o FILE</c>, the text
/// on standard input.</summary>
internal sealed class FliteSynthesizer(VoiceCatalog voices, SynthesisProcess process, IOptions<SynthesisOptions> options)
    : CommandLineSynthesizer(voices, process, options)
{
    // The voices' mean pitch in Hz, measured on their own output; the preset's pitch scales it. A voice not listed
    // (a .flitevox file) keeps its own pitch.
    private static readonly Dictionary<string, double> MeanPitch = new(StringComparer.Ordinal)
    {
        ["slt"] = 168, ["awb"] = 130, ["rms"] = 105, ["kal"] = 95, ["kal16"] = 95,
    };

    public override string Name => SynthesisEngines.Flite;

    protected override string Tool => Settings.FlitePath;

    protected override string InstallHint => "install flite (Debian/Ubuntu: apt-get install flite) or set Speech:Synthesis:FlitePath.";

    // flite reading a text stream (standard input or -f) appends each utterance to its output and rewrites the header
    // with seeks; on a pipe that hangs, so it writes a file in the run's private folder.
    protected override bool WritesFile => true;

    protected override IReadOnlyList<string> Arguments(ResolvedVoice voice, string outputPath)
    {
        var arguments = new List<string>
        {
            "-voice", voice.EngineVoice,
            "--setf", Invariant($"duration_stretch={1 / voice.Rate:0.###}"),
        };
        if (voice.Pitch != 1.0 && MeanPitch.TryGetValue(voice.EngineVoice, out var mean))
        {
            arguments.Add("--setf");
            arguments.Add(Invariant($"int_f0_target_mean={mean * voice.Pitch:0.#}"));
        }

        // No text argument: flite then reads standard input.
        arguments.Add("-o");
        arguments.Add(outputPath);
        return arguments;
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
