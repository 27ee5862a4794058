namespace MockInterview.Interviews;

/// <summary>What came of a caller's request: done, not found (also: someone else's), or refused in the interview's state.</summary>
public sealed record InterviewResult<T>(InterviewResultKind Kind, T? Value, string? Detail)
    where T : class
{
    /// <summary>Done.</summary>
    public static InterviewResult<T> Ok(T value) => new(InterviewResultKind.Ok, value, null);

    /// <summary>No such interview for this caller.</summary>
    public static InterviewResult<T> NotFound(string id) => new(InterviewResultKind.NotFound, null, $"There is no interview '{id}'.");

    /// <summary>Refused in the interview's current state; nothing was changed.</summary>
    public static InterviewResult<T> Conflict(string detail) => new(InterviewResultKind.Conflict, null, detail);
}
