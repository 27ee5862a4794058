namespace MockInterview.Resumes.Skills;

/// <summary>One written form (name or alias) of a skill, tokenised the way the matcher tokenises text.</summary>
/// <param name="Skill">The skill this form names.</param>
/// <param name="Text">The form as written in the taxonomy.</param>
/// <param name="Tokens">Lower-case tokens of the form.</param>
/// <param name="OriginalTokens">Tokens in the taxonomy's capitalisation (for exact-case checks).</param>
/// <param name="Rule">How strict matching is.</param>
/// <param name="Cues">Extra lower-case evidence words for this skill.</param>
internal sealed record SkillForm(
    Skill Skill,
    string Text,
    IReadOnlyList<string> Tokens,
    IReadOnlyList<string> OriginalTokens,
    SkillFormRule Rule,
    IReadOnlyCollection<string> Cues)
{
    /// <summary>The tokens joined by single spaces: the key that must be unique across the taxonomy.</summary>
    public string Key => string.Join(' ', Tokens);
}
