namespace MockInterview.Workflows;

/// <summary>A typed workflow: input read from the instance, output stored as its result.</summary>
public abstract class Workflow<TInput, TOutput> : IWorkflow
{
    /// <summary>The workflow body. Must be deterministic (see <see cref="WorkflowContext"/>).</summary>
    public abstract Task<TOutput> RunAsync(WorkflowContext context, TInput input);

    async Task<object?> IWorkflow.RunAsync(WorkflowContext context) =>
        await RunAsync(context, context.GetInput<TInput>()).ConfigureAwait(true);
}
