using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>Mode names as callers write them.</summary>
public static class InterviewModes
{
    /// <summary>The valid mode names, lower-case.</summary>
    public static IReadOnlyList<string> Names { get; } =
        Enum.GetValues<InterviewMode>().Select(m => m.ToString().ToLowerInvariant()).ToArray();

    /// <summary>The names joined for messages.</summary>
    public static string List { get; } = string.Join(", ", Names);

    /// <summary>Parses a mode name (case-insensitive; numbers are not names).</summary>
    public static bool TryParse(string? text, out InterviewMode mode)
    {
        mode = default;
        if (string.IsNullOrWhiteSpace(text) || !Names.Contains(text.Trim().ToLowerInvariant()))
        {
            return false;
        }

        return Enum.TryParse(text.Trim(), ignoreCase: true, out mode);
    }
}
