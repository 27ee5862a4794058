using Microsoft.Extensions.DependencyInjection;

namespace MockInterview.Interviewing.Tests.Offline;

public sealed class OfflineInterviewerRegistrationTests
{
    [Fact]
    public void AddOfflineInterviewer_Resolved_GivesOneOfflineBrainForBothTypes()
    {
        using var provider = new ServiceCollection().AddOfflineInterviewer().BuildServiceProvider(validateScopes: true);

        var brain = provider.GetRequiredService<IInterviewerBrain>();

        Assert.Equal("offline", brain.Name);
        Assert.Same(brain, provider.GetRequiredService<OfflineInterviewerBrain>());
        Assert.Same(brain, provider.GetRequiredService<IInterviewerBrain>());
    }

    [Fact]
    public async Task AddOfflineInterviewer_Resolved_PlansFromTheEmbeddedBank()
    {
        using var provider = new ServiceCollection().AddOfflineInterviewer().BuildServiceProvider();
        var brain = provider.GetRequiredService<IInterviewerBrain>();

        var plan = await brain.PlanAsync(new PlanRequest("di", InterviewMode.Screening, new CandidateProfile(), TimeSpan.FromMinutes(15)), CancellationToken.None);

        Assert.NotEmpty(plan.Questions);
    }

    [Fact]
    public void AddOfflineInterviewer_AnotherBrainRegisteredFirst_KeepsItAndStillOffersTheOfflineBrain()
    {
        var other = new FixedBrain();
        using var provider = new ServiceCollection().AddSingleton<IInterviewerBrain>(other).AddOfflineInterviewer().BuildServiceProvider();

        Assert.Same(other, provider.GetRequiredService<IInterviewerBrain>());
        Assert.Equal("offline", provider.GetRequiredService<OfflineInterviewerBrain>().Name);
    }

    private sealed class FixedBrain : IInterviewerBrain
    {
        public string Name => "fixed";

        public Task<InterviewPlan> PlanAsync(PlanRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new InterviewPlan(request.Mode, []));

        public Task<InterviewQuestion?> NextQuestionAsync(NextQuestionRequest request, CancellationToken cancellationToken) =>
            Task.FromResult<InterviewQuestion?>(null);

        public Task<AnswerEvaluation> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new AnswerEvaluation(0, new Dictionary<string, double>(), [], "fixed", [], Name));

        public Task<IReadOnlyList<AnswerEvaluation?>> ReviewAsync(ReviewRequest request, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AnswerEvaluation?>>([]);

        public Task<InterviewSummary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new InterviewSummary(0, new Dictionary<string, double>(), [], [], "fixed", Name));
    }
}
