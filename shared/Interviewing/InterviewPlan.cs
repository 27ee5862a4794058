namespace MockInterview.Interviewing;

/// <summary>The main questions planned for an interview, in order; follow-ups are decided as it goes.</summary>
public sealed record InterviewPlan(InterviewMode Mode, IReadOnlyList<InterviewQuestion> Questions);
