namespace MockInterview.Resumes.Skills;

/// <summary>A word (or a joining symbol such as "/" or "&amp;") found by <see cref="SkillTokenizer"/>.</summary>
/// <param name="Start">Offset of the token in the text.</param>
/// <param name="Length">Length of the token.</param>
/// <param name="Value">The token in lower case.</param>
/// <param name="Line">Zero-based line number of the token.</param>
internal readonly record struct TextToken(int Start, int Length, string Value, int Line)
{
    /// <summary>Offset just past the token.</summary>
    public int End => Start + Length;

    /// <summary>True for "/" and "&amp;", which join words ("CI/CD", "P&amp;L") but are not words.</summary>
    public bool IsSymbol => Value is "/" or "&";
}
