namespace MockInterview.Interviews;

/// <summary>Names of the events the interview workflow waits for, and their deduplication keys.</summary>
public static class InterviewEvents
{
    /// <summary>The candidate asks to end the current phase.</summary>
    public const string End = "end";

    /// <summary>The event carrying the answer to <paramref name="questionId"/> (also its deduplication key).</summary>
    public static string Answer(string questionId) => "answer:" + questionId;

    /// <summary>The event saying the candidate started answering <paramref name="questionId"/> (also its deduplication key).</summary>
    public static string AnsweringStarted(string questionId) => "started:" + questionId;

    /// <summary>The event saying a spoken answer to <paramref name="questionId"/> arrived and is being transcribed (also
    /// its deduplication key).</summary>
    public static string Transcribing(string questionId) => "transcribing:" + questionId;

    /// <summary>Deduplication key of an end request in <paramref name="phase"/>: one per phase.</summary>
    public static string EndKey(InterviewPhase phase) => "end:" + phase.ToString().ToLowerInvariant();
}
