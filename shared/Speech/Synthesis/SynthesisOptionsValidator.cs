using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Synthesis;

/// <summary>Checks <see cref="SynthesisOptions"/> at start. Tools, libraries and models are checked on first use: without
/// them the app still starts and synthesis fails with a clear <see cref="SpeechEngineUnavailableException"/>.</summary>
internal sealed class SynthesisOptionsValidator : IValidateOptions<SynthesisOptions>
{
    public ValidateOptionsResult Validate(string? name, SynthesisOptions options)
    {
        var errors = new List<string>();
        Check(options.Engine is SynthesisEngines.Auto || SynthesisEngines.IsEngine(options.Engine), "Engine must be auto, piper, flite or espeak-ng.");
        Check(options.MaxTextChars is >= 1 and <= 100_000, "MaxTextChars must be between 1 and 100000.");
        Check(options.MaxChunkChars is >= 20 and <= 2000, "MaxChunkChars must be between 20 and 2000.");
        Check(!string.IsNullOrWhiteSpace(options.CacheVersion) && options.CacheVersion.Length <= 64, "CacheVersion must be set (at most 64 characters).");
        Check(!string.IsNullOrWhiteSpace(options.FlitePath), "FlitePath must name the flite executable.");
        Check(!string.IsNullOrWhiteSpace(options.EspeakPath), "EspeakPath must name the espeak-ng executable.");
        Check(IsVoiceName(options.FliteDefaultVoice), "FliteDefaultVoice must be a flite voice name (letters, digits, '-', '_').");
        Check(IsVoiceName(options.EspeakDefaultVoice), "EspeakDefaultVoice must be an espeak-ng voice name (letters, digits, '-', '_').");
        Check(!string.IsNullOrWhiteSpace(options.PrlimitPath), "PrlimitPath must name the prlimit executable.");
        Check(options.EngineTimeout > TimeSpan.Zero && options.EngineTimeout <= TimeSpan.FromMinutes(5), "EngineTimeout must be positive and at most 5 minutes.");
        Check(options.MaxEngineCpuSeconds is >= 1 and <= 300, "MaxEngineCpuSeconds must be between 1 and 300.");
        Check(options.MaxEngineMemoryBytes is >= 32L * 1024 * 1024 and <= 64L * 1024 * 1024 * 1024, "MaxEngineMemoryBytes must be between 32 MiB and 64 GiB.");
        Check(!string.IsNullOrWhiteSpace(options.Piper.LibraryPath), "Piper:LibraryPath must name the sherpa-onnx C library.");
        Check(options.Piper.Threads is >= 1 and <= 64, "Piper:Threads must be between 1 and 64.");
        Check(!string.IsNullOrWhiteSpace(options.Piper.Provider), "Piper:Provider must be set (cpu or cuda).");
        Check(options.Piper.NoiseScale is >= 0 and <= 2 && options.Piper.NoiseScaleW is >= 0 and <= 2, "Piper:NoiseScale and Piper:NoiseScaleW must be between 0 and 2.");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Voices.Count; i++)
        {
            var preset = options.Voices[i];
            var at = $"Voices:{i}";
            Check(IsPresetName(preset.Name), $"{at}:Name must be 1 to 40 letters, digits, '-' or '_'.");
            Check(names.Add(preset.Name ?? string.Empty), $"{at}:Name '{preset.Name}' is used twice.");
            Check(SynthesisEngines.IsEngine(preset.Engine), $"{at}:Engine must be piper, flite or espeak-ng.");
            Check(preset.Engine is SynthesisEngines.Piper ? preset.Voice.Length == 0 || int.TryParse(preset.Voice, out var sid) && sid >= 0 : IsVoiceName(preset.Voice),
                $"{at}:Voice must be the engine's voice name (for piper, empty or a speaker id).");
            Check(preset.Rate is >= 0.5 and <= 2.0, $"{at}:Rate must be between 0.5 and 2.");
            Check(preset.Pitch is >= 0.5 and <= 2.0, $"{at}:Pitch must be between 0.5 and 2.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => $"{SynthesisOptions.SectionName}:{e}"));

        void Check(bool ok, string error)
        {
            if (!ok)
            {
                errors.Add(error);
            }
        }
    }

    // Voice names reach the engines as arguments; this keeps them from ever looking like an option or a path.
    internal static bool IsVoiceName(string? voice) =>
        voice is { Length: >= 1 and <= 64 } && char.IsAsciiLetterOrDigit(voice[0])
        && voice.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static bool IsPresetName(string? name) =>
        name is { Length: >= 1 and <= 40 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
