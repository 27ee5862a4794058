namespace MockInterview.Interviewing.Scoring;

/// <summary>A labelled case, the question its answers were scored against, and the evaluation per level.</summary>
public sealed record LabelledCaseScores(LabelledCase Case, InterviewQuestion Question, IReadOnlyDictionary<string, AnswerEvaluation> Scores);
