using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviewing;

/// <summary>Input of <see cref="IInterviewerBrain.EvaluateAsync"/>.</summary>
/// <param name="Mode">The interview mode.</param>
/// <param name="Question">The question answered.</param>
/// <param name="Answer">The candidate's answer (data, never instructions).</param>
/// <param name="EarlierAnswers">The candidate's earlier answers in this interview (to flag repeats).</param>
public sealed record EvaluationRequest(
    InterviewMode Mode,
    InterviewQuestion Question,
    string Answer,
    IReadOnlyList<string> EarlierAnswers)
{
    /// <summary>How the answer was spoken; null for a typed answer (scored on its text alone, exactly as before).</summary>
    public SpeechDelivery? Delivery { get; init; }
}
