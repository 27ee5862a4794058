namespace MockInterview.Interviewing.Planning;

/// <summary>What one interview's plan is chosen from: mode, the candidate's track and level, the seeded generator,
/// how the bank's questions fit the job description and resume, and the skills the plan aims at.</summary>
/// <param name="Reading">The resume and job description as parsed.</param>
/// <param name="Targets">The skills to ask about, most important first (required, nice to have, resume strengths).</param>
internal sealed record PlanContext(
    InterviewMode Mode,
    CandidateProfile Candidate,
    string Track,
    string Level,
    SeededRandom Random,
    KeywordProfile Keywords,
    SkillRanking Skills,
    CandidateReading Reading,
    IReadOnlyList<SkillTarget> Targets);
