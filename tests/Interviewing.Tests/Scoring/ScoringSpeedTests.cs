using System.Diagnostics;
using MockInterview.Interviewing.Scoring;
using Xunit.Abstractions;

namespace MockInterview.Interviewing.Tests.Scoring;

[Collection(SerialCollection.Name)]
public sealed class ScoringSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EvaluateAsync_TypicalAnswers_StayWithinTheFiveMillisecondTarget()
    {
        var brain = OfflineInterviewerBrain.CreateDefault();
        var requests = LabelledSet.Cases
            .SelectMany(c => new[] { c.Strong, c.Adequate, c.Vague }.Select(answer => (Asked: LabelledSetEvaluation.Question(c), Answer: answer)))
            .Select(x => new EvaluationRequest(x.Asked.Mode, x.Asked.Question, x.Answer, ["An earlier answer about caching."]))
            .ToList();

        // Warm up until the JIT has settled, then keep the fastest of many batches: on a shared build machine the
        // slower batches measure the neighbours, not the scorer.
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 1000)
        {
            await brain.EvaluateAsync(requests[(int)(clock.ElapsedTicks % requests.Count)], CancellationToken.None);
        }

        var best = double.MaxValue;
        clock.Restart();
        for (var batch = 0; batch < 60 && clock.ElapsedMilliseconds < 4000; batch++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var request in requests)
            {
                await brain.EvaluateAsync(request, CancellationToken.None);
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds / requests.Count);
        }

        output.WriteLine($"Fastest batch: {best:0.000} ms per answer over {requests.Count} answers.");
        Assert.True(best < 5.0, $"{best:0.000} ms per answer");
    }
}
