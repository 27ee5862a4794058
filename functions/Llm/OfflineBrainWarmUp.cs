using System.Diagnostics;
using MockInterview.Interviewing;

namespace MockInterview.Functions.Llm;

/// <summary>Plans one interview and scores one answer with the offline brain in the background as the app starts, so
/// that the first candidate does not pay for loading the bank's indexes, compiling the answer patterns and JIT
/// (about a second on the reference machine, against milliseconds warm). The offline brain is the default and every
/// other brain's fallback, so it is warmed whichever brain is configured.</summary>
internal sealed class OfflineBrainWarmUp(OfflineInterviewerBrain brain, ILogger<OfflineBrainWarmUp> logger) : BackgroundService
{
    private readonly TaskCompletionSource<bool> _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the warm-up has ended: true when it warmed the brain, false when it failed or was
    /// stopped (a failed warm-up only costs the first caller time).</summary>
    public Task<bool> Completed => _completed.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the app answers requests while this runs.
        await Task.Yield();
        try
        {
            var started = Stopwatch.GetTimestamp();
            var candidate = new CandidateProfile(Role: "Backend engineer", Seniority: "mid", JobDescription: "C#, SQL, Kafka, Kubernetes.");
            var plan = await brain.PlanAsync(new PlanRequest("warm-up", InterviewMode.Customized, candidate, TimeSpan.FromMinutes(15)), stoppingToken);
            var typed = new InterviewQuestion("adhoc", "How would you make a slow API endpoint faster?", "technical", false, null, []);
            foreach (var question in new[] { plan.Questions[0], typed })
            {
                await brain.EvaluateAsync(
                    new EvaluationRequest(InterviewMode.Technical, question, "I would measure first, then add an index or a cache, because most time goes to the database.", []),
                    stoppingToken);
            }

            logger.LogInformation("Offline interviewer warmed up in {Milliseconds:0} ms.", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            _completed.TrySetResult(true);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before it finished: nothing to warm for.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Warming up the offline interviewer failed; the first request will load it instead.");
        }
        finally
        {
            _completed.TrySetResult(false);
        }
    }
}
