namespace MockInterview.Interviews;

/// <summary>Helpers over <see cref="IInterviewStore"/>.</summary>
internal static class InterviewStoreExtensions
{
    /// <summary>The interview that a running workflow belongs to; its absence is a bug, not a user error.</summary>
    public static async Task<InterviewRecord> GetRequiredAsync(this IInterviewStore store, string interviewId, CancellationToken cancellationToken) =>
        await store.GetAsync(interviewId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Interview '{interviewId}' is not in the store.");
}
