namespace MockInterview.Interviewing.Tests.Personalisation;

/// <summary>Without a resume or a job description, plans are exactly what they were before the planner read texts
/// through the Resumes parsers (question ids recorded from the planner just before that change, at commit 920e6d2).</summary>
public sealed class NoTextsPlanTests
{
    private readonly OfflineInterviewerBrain _brain = OfflineInterviewerBrain.CreateDefault();

    [Theory]
    [InlineData(InterviewMode.Screening, "Backend Engineer", null, "golden-1", "intro-two-minutes-105,scr-motivation-001,scr-why-company-101,scr-strengths-103,scr-career-goals-002,close-reservations-103")]
    [InlineData(InterviewMode.Screening, "Backend Engineer", null, "golden-2", "intro-return-104,scr-motivation-101,scr-why-company-104,scr-strengths-003,scr-career-goals-002,close-questions-101")]
    [InlineData(InterviewMode.Screening, "Frontend Developer", "junior", "golden-1", "intro-junior-004,scr-motivation-102,scr-why-company-103,scr-weakness-002,scr-career-goals-001,close-questions-001")]
    [InlineData(InterviewMode.Screening, "Frontend Developer", "junior", "golden-2", "intro-about-001,scr-motivation-103,scr-why-company-102,scr-strengths-003,scr-career-goals-102,close-final-pitch-102")]
    [InlineData(InterviewMode.Screening, null, null, "golden-1", "intro-two-minutes-105,scr-motivation-001,scr-why-company-101,scr-strengths-103,scr-career-goals-002,close-reservations-103")]
    [InlineData(InterviewMode.Screening, null, null, "golden-2", "intro-return-104,scr-motivation-101,scr-why-company-104,scr-strengths-003,scr-career-goals-002,close-questions-101")]
    [InlineData(InterviewMode.Behavioral, "Backend Engineer", null, "golden-1", "intro-about-001,beh-ambiguity-106,beh-leadership-107,beh-conflict-109,beh-deadline-001,beh-influence-001")]
    [InlineData(InterviewMode.Behavioral, "Backend Engineer", null, "golden-2", "intro-current-role-003,beh-customer-109,beh-learning-104,beh-deadline-004,beh-leadership-002,beh-failure-103")]
    [InlineData(InterviewMode.Behavioral, "Frontend Developer", "junior", "golden-1", "intro-two-minutes-105,beh-deadline-108,beh-influence-110,beh-ambiguity-004,beh-leadership-101,beh-customer-103")]
    [InlineData(InterviewMode.Behavioral, "Frontend Developer", "junior", "golden-2", "intro-graduate-102,beh-teamwork-110,beh-deadline-110,beh-customer-101,beh-conflict-112,beh-failure-004")]
    [InlineData(InterviewMode.Behavioral, null, null, "golden-1", "intro-about-001,beh-ambiguity-106,beh-leadership-107,beh-conflict-109,beh-deadline-001,beh-influence-001")]
    [InlineData(InterviewMode.Behavioral, null, null, "golden-2", "intro-current-role-003,beh-customer-109,beh-learning-104,beh-deadline-004,beh-leadership-002,beh-failure-103")]
    [InlineData(InterviewMode.Technical, "Backend Engineer", null, "golden-1", "intro-walkthrough-002,tech-be-db-tests-120,tech-be-concurrency-010,tech-fs-roles-116,beh-teamwork-109,tech-be-idempotency-113")]
    [InlineData(InterviewMode.Technical, "Backend Engineer", null, "golden-2", "intro-about-001,tech-be-concurrency-010,tech-be-nosql-124,tech-fs-api-contract-112,beh-learning-108,tech-fs-api-shape-118")]
    [InlineData(InterviewMode.Technical, "Frontend Developer", "junior", "golden-1", "intro-junior-004,tech-fs-http-caching-103,tech-fe-events-002,tech-fe-react-rendering-109,beh-deadline-107,tech-fs-frontend-config-102")]
    [InlineData(InterviewMode.Technical, "Frontend Developer", "junior", "golden-2", "intro-two-minutes-105,tech-fe-form-validation-111,tech-fe-box-model-101,tech-fe-immutability-108,beh-ownership-101,tech-fs-double-submit-110")]
    [InlineData(InterviewMode.Technical, null, null, "golden-1", "intro-walkthrough-002,tech-be-db-tests-120,tech-be-concurrency-010,tech-fs-roles-116,beh-teamwork-109,tech-be-idempotency-113")]
    [InlineData(InterviewMode.Technical, null, null, "golden-2", "intro-about-001,tech-be-concurrency-010,tech-be-nosql-124,tech-fs-api-contract-112,beh-learning-108,tech-fs-api-shape-118")]
    [InlineData(InterviewMode.Customized, "Backend Engineer", null, "golden-1", "intro-about-001,tech-be-idempotency-113,beh-ownership-103,tech-be-jwt-sessions-118,scr-why-company-103,tech-be-db-tests-120")]
    [InlineData(InterviewMode.Customized, "Backend Engineer", null, "golden-2", "intro-two-minutes-105,tech-ops-load-balancing-118,beh-teamwork-103,tech-fs-testing-005,scr-why-company-103,tech-fs-password-reset-120")]
    [InlineData(InterviewMode.Customized, "Frontend Developer", "junior", "golden-1", "intro-career-change-101,tech-fs-frontend-config-102,beh-conflict-002,tech-fe-cascade-103,scr-why-company-002,tech-fs-form-errors-104")]
    [InlineData(InterviewMode.Customized, "Frontend Developer", "junior", "golden-2", "intro-current-role-003,tech-fe-semantic-html-107,beh-deadline-102,tech-fe-this-105,scr-why-company-102,tech-fe-browser-storage-112")]
    [InlineData(InterviewMode.Customized, null, null, "golden-1", "intro-about-001,tech-be-idempotency-113,beh-ownership-103,tech-be-jwt-sessions-118,scr-why-company-103,tech-be-db-tests-120")]
    [InlineData(InterviewMode.Customized, null, null, "golden-2", "intro-two-minutes-105,tech-ops-load-balancing-118,beh-teamwork-103,tech-fs-testing-005,scr-why-company-103,tech-fs-password-reset-120")]
    public async Task PlanAsync_NoResumeNorJobDescription_PlansAsBefore(InterviewMode mode, string? role, string? seniority, string id, string expected)
    {
        var plan = await _brain.PlanAsync(new PlanRequest(id, mode, new CandidateProfile(Name: "Sam", Role: role, Seniority: seniority), TimeSpan.FromMinutes(15)), CancellationToken.None);

        Assert.Equal(expected, string.Join(",", plan.Questions.Select(q => q.Id)));
        Assert.DoesNotContain(plan.Questions, q => q.Rationale!.StartsWith("Asks about", StringComparison.Ordinal) || q.Rationale.StartsWith("Chosen because", StringComparison.Ordinal));
    }
}
