namespace MockInterview.Benchmarks;

/// <summary>Calls through a router whose primary is down with its circuit open, against the healthy secondary alone.</summary>
/// <param name="Failure">How the primary fails.</param>
/// <param name="Failover">Router with the dead primary (circuit open) and the secondary.</param>
/// <param name="SecondaryOnly">Router configured with the secondary alone.</param>
/// <param name="Direct">The OpenAI SDK straight to the secondary.</param>
/// <param name="PrimaryCallsDuring">Requests that reached the primary while measuring (0 when its circuit stays open).</param>
internal sealed record RouterFailoverResult(string Failure, Percentiles Failover, Percentiles SecondaryOnly, Percentiles Direct, long PrimaryCallsDuring);
