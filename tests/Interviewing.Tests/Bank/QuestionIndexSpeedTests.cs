using System.Diagnostics;
using MockInterview.Interviewing.Bank;
using MockInterview.Interviewing.Tests.Scoring;
using Xunit.Abstractions;

namespace MockInterview.Interviewing.Tests.Bank;

[Collection(SerialCollection.Name)]
public sealed class QuestionIndexSpeedTests(ITestOutputHelper output)
{
    private static readonly QuestionIndex Index = QuestionBankLoader.Embedded.Index;

    private static readonly QuestionSearch[] Queries =
    [
        new("Our streaming platform runs on Kafka; nightly batch jobs run on Spark.", Category: "technical", Track: "data-engineering", MinLevel: "mid", MaxLevel: "senior", Limit: 10),
        new("Kubernetes Terraform on-call PostgreSQL payments C#", Category: "technical", Limit: 10),
        new("mentoring stakeholders conflict deadlines", Category: "behavioral", Limit: 10),
    ];

    [Fact]
    public void Search_TypicalQueries_TakeWellUnderOneMillisecond()
    {
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 500)
        {
            Index.Search(Queries[(int)(clock.ElapsedTicks % Queries.Length)]);
        }

        // The fastest of several batches: slower batches on a shared build machine measure the neighbours.
        var best = double.MaxValue;
        for (var batch = 0; batch < 20; batch++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < 100; i++)
            {
                Index.Search(Queries[i % Queries.Length]);
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds / 100);
        }

        var match = Stopwatch.StartNew();
        for (var i = 0; i < 100; i++)
        {
            Index.BestMatch("When a pod crashes, what does Kubernetes do to keep your application running?", "technical");
        }

        output.WriteLine($"Search: {best * 1000:0} µs per query (fastest batch); BestMatch: {match.Elapsed.TotalMilliseconds * 10:0} µs per call.");
        Assert.True(best < 1.0, $"{best:0.000} ms per query");
    }

    [Fact]
    public async Task Search_ConcurrentCallers_AllGetTheSameRanking()
    {
        var expected = Queries.Select(q => string.Join(",", Index.Search(q).Select(h => h.Question.Id))).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            (i % Queries.Length, string.Join(",", Index.Search(Queries[i % Queries.Length]).Select(h => h.Question.Id))))));

        Assert.All(results, r => Assert.Equal(expected[r.Item1], r.Item2));
    }
}
