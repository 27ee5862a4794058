namespace MockInterview.Resumes.Skills;

/// <summary>How strict the matcher is about one written form of a skill.</summary>
internal enum SkillFormRule
{
    /// <summary>Any capitalisation matches.</summary>
    AnyCase,
    /// <summary>Matches only in the capitalisation of the taxonomy (for example "REST", "Angular").</summary>
    ExactCase,
    /// <summary>Matches only in the taxonomy's capitalisation and with evidence (a skills list, a cue nearby).</summary>
    NeedsContext,
}
