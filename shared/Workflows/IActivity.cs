namespace MockInterview.Workflows;

/// <summary>A unit of side-effecting work called from a workflow. Prefer <see cref="Activity{TInput, TOutput}"/>.</summary>
/// <remarks>Delivery is at least once: an activity can run again after a crash, so it must be idempotent.</remarks>
public interface IActivity
{
    /// <summary>Runs the activity on its serialized input and returns its serialized result.</summary>
    Task<string?> RunAsync(ActivityContext context, string? serializedInput);
}
