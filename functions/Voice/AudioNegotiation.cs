using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using MockInterview.Speech.Synthesis;

namespace MockInterview.Functions.Voice;

/// <summary>Chooses the stored representation of spoken audio from the request's <c>Accept</c>: WAV by default, the
/// compressed one (Ogg/Opus) when the client prefers it and it exists.</summary>
internal static class AudioNegotiation
{
    /// <summary>The WAV media type.</summary>
    public const string Wav = "audio/wav";

    private static readonly string[] WavAliases = [Wav, "audio/x-wav", "audio/wave", "audio/vnd.wave"];

    // Audio stored as WAV alone: what Choose serves when the compressed copy does not exist (yet).
    private static readonly SynthesizedSpeech WavOnly = new("wav", null, null, 0, "", "", FromCache: false);

    /// <summary>The file key and media type to serve; null when the client accepts none of what exists (406).</summary>
    public static (string Key, string MediaType)? Choose(StringValues accept, SynthesizedSpeech speech)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return (speech.WavKey, Wav);
        }

        (string Key, string MediaType)? best = null;
        var bestQuality = 0.0;
        var bestSpecific = false;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1;
            var candidate = Match(range, speech);
            if (candidate is null || quality <= 0)
            {
                continue;
            }

            // A higher quality wins; at equal quality a named type beats a wildcard (audio/ogg, */*;q=1 → ogg).
            var specific = !range.MatchesAllTypes && !range.MatchesAllSubTypes;
            if (best is null || quality > bestQuality || quality == bestQuality && specific && !bestSpecific)
            {
                (best, bestQuality, bestSpecific) = (candidate, quality, specific);
            }
        }

        return best;
    }

    /// <summary>True when <paramref name="accept"/> takes WAV (no header, a WAV type or a wildcard): false means
    /// only a compressed copy can be served to this client, so it must exist before the answer.</summary>
    public static bool AcceptsWav(StringValues accept) => Choose(accept, WavOnly) is not null;

    /// <summary>True when <paramref name="accept"/> prefers a named non-WAV audio type (Ogg) to WAV: a client served
    /// the WAV because that copy is not encoded yet would take the other when it is.</summary>
    public static bool PrefersCompressed(StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return false;
        }

        double wavNamed = 0, wavWildcard = 0, other = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1;
            var type = range.MediaType.Value ?? "";
            if (range.MatchesAllTypes || range.MatchesAllSubTypes && range.Type.Equals("audio", StringComparison.OrdinalIgnoreCase))
            {
                wavWildcard = Math.Max(wavWildcard, quality);
            }
            else if (WavAliases.Any(alias => alias.Equals(type, StringComparison.OrdinalIgnoreCase)))
            {
                wavNamed = Math.Max(wavNamed, quality);
            }
            else if (range.Type.Equals("audio", StringComparison.OrdinalIgnoreCase) && !range.MatchesAllSubTypes)
            {
                other = Math.Max(other, quality);
            }
        }

        // As in Choose: a higher quality wins, and at equal quality a named type beats a wildcard.
        var wav = Math.Max(wavNamed, wavWildcard);
        return other > 0 && (other > wav || other == wav && wavNamed < wav);
    }

    private static (string Key, string MediaType)? Match(MediaTypeHeaderValue range, SynthesizedSpeech speech)
    {
        if (range.MatchesAllTypes || range.MatchesAllSubTypes && range.Type.Equals("audio", StringComparison.OrdinalIgnoreCase))
        {
            return (speech.WavKey, Wav);
        }

        var type = range.MediaType.Value ?? "";
        if (WavAliases.Any(alias => alias.Equals(type, StringComparison.OrdinalIgnoreCase)))
        {
            return (speech.WavKey, Wav);
        }

        return speech is { CompressedKey: { } key, CompressedMediaType: { } compressed } && compressed.Equals(type, StringComparison.OrdinalIgnoreCase)
            ? (key, compressed)
            : null;
    }
}
