namespace MockInterview.GpuWorker.Health;

/// <summary>The answer of <c>GET /health</c>.</summary>
/// <param name="Status">Always "alive".</param>
/// <param name="WorkerId">The worker's id.</param>
internal sealed record WorkerAlive(string Status, string WorkerId);
