namespace MockInterview.LlmInterviewer;

/// <summary>Settings of the LLM interviewer, bound from <c>Interviewer:Llm</c>.</summary>
public sealed class LlmInterviewerOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Interviewer:Llm";

    /// <summary>Longest wait for one LLM call (all the router's attempts) before the offline brain answers it, in seconds.</summary>
    public double CallTimeoutSeconds { get; set; } = 20;
}
