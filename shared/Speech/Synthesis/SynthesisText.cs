using System.Globalization;
using System.Text;
using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Synthesis;

/// <summary>Makes caller text safe and stable to speak: checks its length, drops control, format and bidirectional
/// characters (which could reorder or hide what is spoken), and collapses white space, so that the same question
/// always gives the same cache key.</summary>
internal static class SynthesisText
{
    /// <summary>The text to speak.</summary>
    /// <exception cref="SpeechInputException">textEmpty, or textTooLong past <paramref name="maxChars"/>.</exception>
    public static string Prepare(string? text, int maxChars)
    {
        if (text is not null && text.Length > maxChars)
        {
            throw new SpeechInputException("textTooLong", $"The text is {text.Length} characters long; at most {maxChars} can be spoken at once.");
        }

        var cleaned = new StringBuilder(text?.Length ?? 0);
        var pendingSpace = false;
        foreach (var rune in (text ?? string.Empty).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune) || category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                // Controls become a space, not nothing: "a\u0007b" must not merge two words.
                pendingSpace = cleaned.Length > 0;
                continue;
            }

            if (category is UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (pendingSpace)
            {
                cleaned.Append(' ');
                pendingSpace = false;
            }

            cleaned.Append(rune.ToString());
        }

        if (cleaned.Length == 0 || !cleaned.ToString().Any(char.IsLetterOrDigit))
        {
            throw new SpeechInputException("textEmpty", "There is no text to speak.");
        }

        return cleaned.ToString();
    }
}
