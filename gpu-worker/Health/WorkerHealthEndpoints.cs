using Microsoft.AspNetCore.Http.HttpResults;
using MockInterview.Speech.Jobs;
using MockInterview.Speech.Worker;
using MockInterview.Storage.Queues;

namespace MockInterview.GpuWorker.Health;

/// <summary>What a container orchestrator and the operators ask the worker: is it alive, can it take work, how busy is it.</summary>
internal static class WorkerHealthEndpoints
{
    public static IEndpointRouteBuilder MapWorkerHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", Alive).WithName("Health");
        endpoints.MapGet("/health/ready", ReadyAsync).WithName("HealthReady");
        endpoints.MapGet("/capacity", CapacityAsync).WithName("Capacity");
        return endpoints;
    }

    /// <summary>Liveness: the process serves requests.</summary>
    internal static Ok<WorkerAlive> Alive(SpeechWorkerStatus status) => TypedResults.Ok(new WorkerAlive("alive", status.WorkerId));

    /// <summary>Readiness: the queue database opens and at least one engine of each kind passed its last check (the
    /// worker's own loop runs the checks; this never starts one, so it answers at once).</summary>
    internal static async Task<Results<JsonHttpResult<SpeechWorkerHeartbeat>, ProblemHttpResult>> ReadyAsync(
        IWorkQueue queue, SpeechWorkerStatus status, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        long depth;
        try
        {
            depth = await queue.CountAsync(QueueNames.SpeechJobs, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(WorkerHealthEndpoints)).LogError(ex, "The readiness check could not open the queue store.");
            return Unavailable("queueUnavailable", "The job queue cannot be opened; see the worker's log.", null);
        }

        var report = status.Snapshot(depth);
        if (!report.CanTranscribe || !report.CanSynthesize)
        {
            var missing = (report.CanTranscribe, report.CanSynthesize) switch
            {
                (false, false) => "speech-to-text and text-to-speech",
                (false, _) => "speech-to-text",
                _ => "text-to-speech",
            };
            return Unavailable("engineUnavailable", $"No {missing} engine can run here; the worker's log says what each one lacks.", report.Engines);
        }

        return TypedResults.Json(WithoutProblems(report), SpeechJson.Options);
    }

    /// <summary>How busy the worker is: capacity, jobs in flight, queue depth, engines.</summary>
    internal static async Task<JsonHttpResult<SpeechWorkerHeartbeat>> CapacityAsync(
        IWorkQueue queue, SpeechWorkerStatus status, CancellationToken cancellationToken)
    {
        var depth = await queue.CountAsync(QueueNames.SpeechJobs, cancellationToken).ConfigureAwait(false);
        return TypedResults.Json(WithoutProblems(status.Snapshot(depth)), SpeechJson.Options);
    }

    /// <summary>The report without the engines' problems: they name model and library paths, which are for the log
    /// (the probe writes them there), not for whoever can reach the port.</summary>
    private static SpeechWorkerHeartbeat WithoutProblems(SpeechWorkerHeartbeat report) =>
        report with { Engines = [.. report.Engines.Select(e => e with { Problem = null })] };

    private static ProblemHttpResult Unavailable(string code, string detail, IReadOnlyList<SpeechEngineState>? engines)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (engines is not null)
        {
            extensions["engines"] = engines.Select(e => new { e.Name, Kind = e.Kind.ToString(), e.Available }).ToList();
        }

        return TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready", extensions: extensions);
    }
}
