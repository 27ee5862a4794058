namespace MockInterview.LlmInterviewer;

/// <summary>Settings of the LLM interviewer, bound from <c>Interviewer:Llm</c>.</summary>
/// <remarks>The defaults put the model where it adds most and keep the candidate's own words out of every prompt but
/// the two that must read them (the end-of-interview review and summary), which makes the rest cacheable across
/// interviews and keeps a turn's reply free of LLM latency. See docs/llm-providers.md, "What the interviewer sends".</remarks>
public sealed class LlmInterviewerOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Interviewer:Llm";

    /// <summary>Longest wait for one LLM call (all the router's attempts) before the offline brain answers it, in seconds.</summary>
    public double CallTimeoutSeconds { get; set; } = 20;

    /// <summary>How answers are graded.</summary>
    public LlmGrading Grading { get; set; } = LlmGrading.Review;

    /// <summary>How follow-ups are decided and worded.</summary>
    public LlmFollowUps FollowUps { get; set; } = LlmFollowUps.Diagnosed;

    /// <summary>Which interviews get their plan tailored to the resume and job description.</summary>
    public LlmTailoring Tailoring { get; set; } = LlmTailoring.Customized;
}
