using Microsoft.Extensions.Options;
using MockInterview.Sandbox;
using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Synthesis;

/// <summary>The voice presets and the rule that picks each one's engine (see <see cref="SynthesisOptions.Engine"/>).</summary>
internal sealed class VoiceCatalog(IOptions<SynthesisOptions> options)
{
    /// <summary>The presets in order; the first is the default.</summary>
    public IReadOnlyList<VoicePreset> Presets =>
        options.Value.Voices is { Count: > 0 } configured ? configured : DefaultVoicePresets.All;

    /// <summary>The preset called <paramref name="name"/> (null or empty: the default) with its engine chosen.</summary>
    /// <exception cref="SpeechInputException">unknownVoice.</exception>
    public ResolvedVoice Resolve(string? name)
    {
        var presets = Presets;
        var preset = string.IsNullOrWhiteSpace(name)
            ? presets[0]
            : presets.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
              ?? throw new SpeechInputException("unknownVoice", $"There is no voice {Quoted(name)}. Voices: {string.Join(", ", presets.Select(p => p.Name))}.");
        var engine = EngineFor(preset);
        return new ResolvedVoice(preset.Name, engine, VoiceFor(preset, engine), preset.Rate, preset.Pitch);
    }

    private string EngineFor(VoicePreset preset)
    {
        var settings = options.Value;
        if (settings.Engine is not SynthesisEngines.Auto)
        {
            return settings.Engine;
        }

        if (!string.IsNullOrWhiteSpace(settings.Piper.ModelPath))
        {
            return SynthesisEngines.Piper;
        }

        // A preset whose command-line engine is not installed is spoken by the other one rather than not at all;
        // the cache key names the engine, so the stand-in's audio is never served as the preset's own.
        return preset.Engine switch
        {
            SynthesisEngines.Flite when ExecutableLocator.Find(settings.FlitePath) is null && ExecutableLocator.Find(settings.EspeakPath) is not null => SynthesisEngines.EspeakNg,
            SynthesisEngines.EspeakNg when ExecutableLocator.Find(settings.EspeakPath) is null && ExecutableLocator.Find(settings.FlitePath) is not null => SynthesisEngines.Flite,
            SynthesisEngines.Piper => ExecutableLocator.Find(settings.FlitePath) is not null ? SynthesisEngines.Flite : SynthesisEngines.EspeakNg,
            _ => preset.Engine,
        };
    }

    private string VoiceFor(VoicePreset preset, string engine)
    {
        if (string.Equals(preset.Engine, engine, StringComparison.Ordinal))
        {
            return engine == SynthesisEngines.Piper && preset.Voice.Length == 0 ? "0" : preset.Voice;
        }

        // Another engine stands in: its default voice, with the preset's rate and pitch; a Piper model's first speaker.
        return engine switch
        {
            SynthesisEngines.Flite => options.Value.FliteDefaultVoice,
            SynthesisEngines.EspeakNg => options.Value.EspeakDefaultVoice,
            _ => "0",
        };
    }

    // The caller's name is repeated only when it looks like a preset name, so the message never carries control
    // characters or a long paste back to the user or the logs.
    private static string Quoted(string name) =>
        name.Length <= 40 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? $"called '{name}'" : "by that name";
}
