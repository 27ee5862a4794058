using System.Text;

namespace MockInterview.Documents.Normalization;

/// <summary>Puts text in Unicode NFC (composed form), so that "é" typed as e + U+0301 and as U+00E9 match.</summary>
/// <remarks>With ICU the runtime's <see cref="string.Normalize(NormalizationForm)"/> does this. In globalization-invariant
/// mode, which this app runs in, the runtime has no normalization data and returns non-ASCII text unchanged, so the
/// canonical compositions are applied here instead: a base character followed by combining marks (in the order
/// editors and PDF tools write them) is composed mark by mark, and Hangul jamo by formula. Not covered, because
/// they do not occur in extracted resumes: marks given out of canonical order, and singleton replacements such as
/// the Ångström sign.</remarks>
internal static class CanonicalComposer
{
    private const int HangulBase = 0xAC00, HangulCount = 11172, JamoLBase = 0x1100, JamoVBase = 0x1161, JamoTBase = 0x11A7;
    private const int JamoLCount = 19, JamoVCount = 21, JamoTCount = 28;

    private static readonly Dictionary<long, int> Compositions = BuildCompositions();
    private static readonly bool RuntimeNormalizes = ProbeRuntime();

    public static string ToNfc(string text) => RuntimeNormalizes ? text.Normalize(NormalizationForm.FormC) : Compose(text);

    /// <summary>The composition step on its own (what <see cref="ToNfc"/> uses without ICU).</summary>
    public static string Compose(string text)
    {
        var builder = new StringBuilder(text.Length);
        var previous = -1;
        foreach (var rune in text.EnumerateRunes())
        {
            if (previous >= 0 && TryCompose(previous, rune.Value) is { } composed)
            {
                builder.Length -= new Rune(previous).Utf16SequenceLength;
                builder.Append(char.ConvertFromUtf32(composed));
                previous = composed;
                continue;
            }

            builder.Append(char.ConvertFromUtf32(rune.Value));
            previous = rune.Value;
        }

        return builder.ToString();
    }

    private static int? TryCompose(int first, int second)
    {
        if (first is >= JamoLBase and < JamoLBase + JamoLCount && second is >= JamoVBase and < JamoVBase + JamoVCount)
        {
            return HangulBase + (((first - JamoLBase) * JamoVCount) + (second - JamoVBase)) * JamoTCount;
        }

        if (first is >= HangulBase and < HangulBase + HangulCount && (first - HangulBase) % JamoTCount == 0
            && second is > JamoTBase and < JamoTBase + JamoTCount)
        {
            return first + (second - JamoTBase);
        }

        return Compositions.TryGetValue(Key(first, second), out var composed) ? composed : null;
    }

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;

    private static Dictionary<long, int> BuildCompositions()
    {
        var triples = CanonicalCompositions.Triples;
        var map = new Dictionary<long, int>(triples.Length / 3);
        for (var i = 0; i < triples.Length; i += 3)
        {
            map[Key(triples[i], triples[i + 1])] = triples[i + 2];
        }

        return map;
    }

    private static bool ProbeRuntime()
    {
        try
        {
            return "e\u0301".Normalize(NormalizationForm.FormC) == "\u00e9";
        }
        catch (PlatformNotSupportedException)
        {
            return false;
        }
    }
}
