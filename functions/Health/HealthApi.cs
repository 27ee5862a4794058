using Microsoft.AspNetCore.Http.HttpResults;
using MockInterview.Interviews;
using MockInterview.Workflows;

namespace MockInterview.Functions.Health;

/// <summary>Liveness and reachability of the stores.</summary>
internal static class HealthApi
{
    private static readonly InstanceId Probe = new("health-probe");

    /// <summary>Maps <c>GET /api/health</c> (anonymous).</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", GetHealth).WithName("Health").WithTags("Health").WithSummary("200 when the stores can be reached, else 503.").AllowAnonymous();
        return app;
    }

    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealth(
        IInterviewStore interviews, IWorkflowClient workflows, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(HealthApi));
        var checks = new Dictionary<string, string>
        {
            ["interviews"] = await CheckAsync(() => interviews.PingAsync(cancellationToken), "interviews", logger),
            ["workflows"] = await CheckAsync(async () => { await workflows.GetAsync(Probe, cancellationToken); return true; }, "workflows", logger),
        };
        var healthy = checks.Values.All(v => v == "ok");
        var report = new HealthReport(healthy ? "ok" : "unhealthy", checks, time.GetUtcNow());
        return healthy ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<string> CheckAsync(Func<Task<bool>> check, string name, ILogger logger)
    {
        try
        {
            return await check() ? "ok" : "unreachable";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Health check of the {Store} store failed.", name);
            return "unreachable";
        }
    }
}
