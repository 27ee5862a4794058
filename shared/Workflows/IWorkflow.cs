namespace MockInterview.Workflows;

/// <summary>Workflow code, run (and replayed) by the engine. Prefer <see cref="Workflow{TInput, TOutput}"/>.</summary>
public interface IWorkflow
{
    /// <summary>Runs the workflow; the returned value is serialized as the instance's output.</summary>
    Task<object?> RunAsync(WorkflowContext context);
}
