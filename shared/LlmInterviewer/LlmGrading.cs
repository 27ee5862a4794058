namespace MockInterview.LlmInterviewer;

/// <summary>How the LLM interviewer grades answers.</summary>
public enum LlmGrading
{
    /// <summary>The offline scorer scores each answer live (it drives follow-ups and difficulty at no latency); once the
    /// questions are over the model grades every answer in one call, reading them together, and those grades are final.</summary>
    Review,

    /// <summary>The model grades each answer as it comes: one call per answer on the turn's critical path.</summary>
    Live,
}
