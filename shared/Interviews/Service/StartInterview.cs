using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>A validated request to start an interview.</summary>
/// <param name="Owner">The caller.</param>
/// <param name="Mode">The mode.</param>
/// <param name="Candidate">Candidate and job.</param>
/// <param name="DurationMinutes">Total length; null for the mode's default.</param>
/// <param name="AnswerMode">Typed (the default) or spoken answers.</param>
public sealed record StartInterview(string Owner, InterviewMode Mode, CandidateProfile Candidate, int? DurationMinutes, AnswerMode AnswerMode = AnswerMode.Text);
