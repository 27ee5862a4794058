using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.Tests.Support;
using MockInterview.Interviewing;

namespace MockInterview.Functions.Tests.Hosting;

public sealed class UnexpectedErrorTests : IDisposable
{
    private readonly ApiFixture fixture = new() { ExtraServices = services => services.AddSingleton<IInterviewerBrain, BrokenBrain>() };

    [Fact]
    public async Task Evaluate_BrainThrows_Returns500ProblemWithoutDetails()
    {
        var response = await fixture.CreateClient().PostAsJsonAsync("/api/evaluate", new { mode = "technical", question = "Q?", answer = "A." });
        var detail = await Problems.AssertAsync(response, HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(BrokenBrain.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(BrokenBrain), body, StringComparison.Ordinal);
        Assert.Contains("unexpected error", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BrainThrows_Returns500AndStoresNothing()
    {
        var client = fixture.CreateClient();
        await Problems.AssertAsync(await client.PostAsJsonAsync("/api/interviews", new { mode = "behavioral" }), HttpStatusCode.InternalServerError);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
    }

    public void Dispose() => fixture.Dispose();

    private sealed class BrokenBrain : IInterviewerBrain
    {
        public const string Secret = "connection string with password=hunter2";

        public string Name => "broken";

        public Task<InterviewPlan> PlanAsync(PlanRequest request, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);

        public Task<InterviewQuestion?> NextQuestionAsync(NextQuestionRequest request, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);

        public Task<AnswerEvaluation> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);

        public Task<IReadOnlyList<AnswerEvaluation?>> ReviewAsync(ReviewRequest request, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);

        public Task<InterviewSummary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);
    }
}
