namespace MockInterview.Interviewing.Planning;

/// <summary>What one interview's plan is chosen from: mode, the candidate's track and level, the seeded generator,
/// and how the bank's questions fit the job description and resume.</summary>
internal sealed record PlanContext(
    InterviewMode Mode,
    CandidateProfile Candidate,
    string Track,
    string Level,
    SeededRandom Random,
    KeywordProfile Keywords,
    SkillRanking Skills);
