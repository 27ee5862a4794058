using MockInterview.Interviewing;

namespace MockInterview.Benchmarks;

/// <summary>One interview of the simulated day, as the candidate starts it.</summary>
/// <param name="Id">The interview id.</param>
/// <param name="Start">When it starts, simulated time.</param>
/// <param name="Mode">The mode.</param>
/// <param name="Profile">Name, role, seniority and, for about half, a resume and job description.</param>
/// <param name="Seed">Seeds the candidate's answers and think times.</param>
internal sealed record RouterDayCandidate(string Id, DateTimeOffset Start, InterviewMode Mode, CandidateProfile Profile, int Seed);
