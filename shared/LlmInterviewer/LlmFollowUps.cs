namespace MockInterview.LlmInterviewer;

/// <summary>How the LLM interviewer decides and words follow-ups.</summary>
public enum LlmFollowUps
{
    /// <summary>The offline rules decide whether to follow up and what is missing (a result, the candidate's own part, an
    /// example, a rubric point); the model words that follow-up for the question. The answer is never sent, so text in
    /// it cannot steer the interview, and the same diagnosis of the same question is answered from the cache.</summary>
    Diagnosed,

    /// <summary>The model reads the answers of the thread and decides whether and what to ask. Never repeats across
    /// interviews, so never served from the cache.</summary>
    Contextual,
}
