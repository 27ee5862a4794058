namespace MockInterview.Resumes.Skills;

/// <summary>One place where a skill was found in a text.</summary>
/// <param name="Skill">The skill found.</param>
/// <param name="MatchedText">The text as written (for example "k8s").</param>
/// <param name="Index">Offset of the match in the text given to the matcher.</param>
/// <param name="Length">Length of the match in characters.</param>
public sealed record SkillMention(Skill Skill, string MatchedText, int Index, int Length);
