namespace MockInterview.Interviews;

/// <summary>Interview ids: 32 lower-case hex characters.</summary>
public static class InterviewIds
{
    /// <summary>True when <paramref name="id"/> has the shape of an interview id.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: 32 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
