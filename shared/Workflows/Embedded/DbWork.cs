namespace MockInterview.Workflows;

/// <summary>A unit of work for the <see cref="CommitWriter"/>: runs inside a batch transaction; its caller
/// learns the result only after the batch has committed.</summary>
internal abstract class DbWork
{
    public abstract void Execute(WorkflowStore store);

    /// <summary>Runs on the writer thread right after the commit, in commit order (keeps in-memory queues in
    /// the same order as the inbox).</summary>
    public abstract void Committed();

    public abstract void Fail(Exception error);
}
