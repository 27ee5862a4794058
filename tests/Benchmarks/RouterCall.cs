using MockInterview.Llm.Routing;

namespace MockInterview.Benchmarks;

/// <summary>One LLM call of the simulated day, at its simulated time.</summary>
internal sealed record RouterCall(DateTimeOffset At, LlmRequest Request);
