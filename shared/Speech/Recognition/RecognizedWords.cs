namespace MockInterview.Speech.Recognition;

/// <summary>Turns an engine's word tokens into transcript words: silence, sentence and noise markers dropped,
/// pronunciation variants ("read(2)") folded into the word.</summary>
internal static class RecognizedWords
{
    /// <summary>The word as it belongs in a transcript, or null for a marker.</summary>
    public static string? Clean(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var word = token.Trim();
        // <s>, </s>, <sil>; [NOISE], [SPEECH]; ++BREATH++ style fillers of other models.
        if (word[0] is '<' or '[' || word.StartsWith("++", StringComparison.Ordinal))
        {
            return null;
        }

        var variant = word.IndexOf('(', StringComparison.Ordinal);
        if (variant > 0 && word[^1] == ')')
        {
            word = word[..variant];
        }

        return word.Length == 0 ? null : word.ToLowerInvariant();
    }
}
