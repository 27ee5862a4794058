namespace MockInterview.Interviewing;

/// <summary>A question as asked in an interview.</summary>
/// <param name="Id">Unique within the interview (a bank id, or "{parentId}-f{n}" for a follow-up).</param>
/// <param name="Text">What the interviewer says.</param>
/// <param name="Category">e.g. "behavioral", "screening", "technical".</param>
/// <param name="IsFollowUp">True for a follow-up of <paramref name="ParentQuestionId"/>.</param>
/// <param name="ParentQuestionId">The question this follows up, when it is a follow-up.</param>
/// <param name="RubricPoints">What a good answer covers.</param>
/// <param name="Rationale">Why this question was chosen (shown in the report).</param>
public sealed record InterviewQuestion(
    string Id,
    string Text,
    string Category,
    bool IsFollowUp,
    string? ParentQuestionId,
    IReadOnlyList<string> RubricPoints,
    string? Rationale = null);
