namespace MockInterview.Workflows;

/// <summary>Settings of the workflow engine (section <c>Workflows</c>).</summary>
public sealed class WorkflowOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Workflows";

    /// <summary>SQLite connection string of the embedded backend, e.g. <c>Data Source=data/workflows.db</c>.
    /// <c>Data Source=:memory:</c> (or a <c>Mode=Memory</c> shared-cache name) keeps everything in memory.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/workflows.db";

    /// <summary>Activities run at the same time, at most.</summary>
    public int MaxConcurrentActivities { get; set; } = 64;

    /// <summary>Workflow episodes run at the same time, at most.</summary>
    public int MaxConcurrentEpisodes { get; set; } = 16;

    /// <summary>Running instances kept in memory between episodes so that they need not be replayed (0 = always replay).</summary>
    public int InstanceCacheSize { get; set; } = 10_000;
}
