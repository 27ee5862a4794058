namespace MockInterview.Workflows;

/// <summary>Why an instance or an activity failed.</summary>
/// <param name="ErrorType">The exception's type name.</param>
/// <param name="Message">The exception's message.</param>
/// <param name="StackTrace">For operators; never shown to end users.</param>
public sealed record WorkflowFailure(string ErrorType, string Message, string? StackTrace = null);
