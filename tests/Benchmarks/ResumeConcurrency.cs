using System.Diagnostics;
using MockInterview.Documents;

namespace MockInterview.Benchmarks;

/// <summary>Throughput of the resume run with several callers at once, as concurrent uploads would reach one app
/// instance; the extractor's gate lets one PDF extraction per processor run at a time.</summary>
internal static class ResumeConcurrency
{
    public static async Task<ResumeConcurrencyResult> RunAsync(ResumePipeline pipeline, int concurrency, int documents)
    {
        var totals = new List<double>(documents);
        var started = 0;
        var busy = 0;
        var failed = 0;
        var wall = Stopwatch.StartNew();
        var callers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref started) <= documents)
            {
                try
                {
                    var (timing, _, _) = await pipeline.RunAsync(CancellationToken.None);
                    lock (totals)
                    {
                        totals.Add(timing.Total);
                    }
                }
                catch (DocumentExtractionUnavailableException)
                {
                    Interlocked.Increment(ref busy);
                }
                catch (DocumentRejectedException)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        await Task.WhenAll(callers);
        wall.Stop();
        return new ResumeConcurrencyResult(concurrency, totals.Count, busy, failed, wall.Elapsed.TotalSeconds, new Percentiles(totals));
    }
}
