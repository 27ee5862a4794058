namespace MockInterview.Workflows;

/// <summary>A <see cref="DbWork"/> with a result.</summary>
internal sealed class DbWork<T>(Func<WorkflowStore, T> execute, Action<T>? committed) : DbWork
{
    private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T result = default!;

    public Task<T> Task => completion.Task;

    public override void Execute(WorkflowStore store) => result = execute(store);

    public override void Committed()
    {
        committed?.Invoke(result);
        completion.TrySetResult(result);
    }

    public override void Fail(Exception error) => completion.TrySetException(error);
}
