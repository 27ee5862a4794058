namespace MockInterview.Resumes.Profiles;

/// <summary>Bullet markers: recognises bulleted lines and strips the marker.</summary>
internal static class Bullets
{
    private const string Markers = "•●○◦▪■□-*–—►▶➢➤✓✔→>·♦◆";

    /// <summary>True when the line starts with a bullet marker or a list number ("1.", "2)").</summary>
    public static bool IsBullet(string line)
    {
        var text = line.TrimStart();
        if (text.Length < 2)
        {
            return false;
        }

        if (Markers.Contains(text[0]) && (text[1] == ' ' || text[1] == '\t' || !char.IsLetterOrDigit(text[1]) || text[0] is '•' or '●' or '▪' or '■' or '►' or '➢' or '✓' or '✔'))
        {
            return true;
        }

        var digits = 0;
        while (digits < text.Length && digits < 2 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ';
    }

    /// <summary>The line without its bullet marker (or list number), trimmed; "- 5+ years" keeps its "5+".</summary>
    public static string Strip(string line)
    {
        var text = line.Trim();
        if (!IsBullet(text))
        {
            return text;
        }

        if (Markers.Contains(text[0]))
        {
            var i = 1;
            while (i < text.Length && Markers.Contains(text[i]))
            {
                i++;
            }

            return text[i..].Trim();
        }

        var dot = text.IndexOfAny(['.', ')']);
        return text[(dot + 1)..].Trim();
    }
}
