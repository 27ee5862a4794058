namespace MockInterview.Workflows;

/// <summary>A typed activity; input and output travel as JSON.</summary>
/// <remarks>Delivery is at least once: an activity can run again after a crash, so it must be idempotent.</remarks>
public abstract class Activity<TInput, TOutput> : IActivity
{
    /// <summary>The activity body.</summary>
    public abstract Task<TOutput> RunAsync(ActivityContext context, TInput input);

    async Task<string?> IActivity.RunAsync(ActivityContext context, string? serializedInput)
    {
        var input = WorkflowJson.Deserialize<TInput>(serializedInput);
        var output = await RunAsync(context, input!).ConfigureAwait(false);
        return WorkflowJson.Serialize(output);
    }
}
