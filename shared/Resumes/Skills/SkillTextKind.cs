namespace MockInterview.Resumes.Skills;

/// <summary>What kind of text the matcher reads; a skills list is itself evidence for ambiguous short names.</summary>
public enum SkillTextKind
{
    /// <summary>Sentences: ambiguous names (Go, R, Swift, Excel) need a nearby cue or another technical skill.</summary>
    Prose,
    /// <summary>A skills section or list: ambiguous names count when written in their usual capitalisation.</summary>
    SkillsList,
}
