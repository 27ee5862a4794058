namespace MockInterview.Workflows;

/// <summary>Names of registered workflows and activities, and the types that implement them.</summary>
internal sealed class WorkflowRegistry
{
    private readonly Dictionary<string, Type> workflows = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Type> activities = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, Type> Workflows => workflows;

    public IReadOnlyDictionary<string, Type> Activities => activities;

    public void AddWorkflow(string name, Type type) => Add(workflows, "workflow", name, type);

    public void AddActivity(string name, Type type) => Add(activities, "activity", name, type);

    private static void Add(Dictionary<string, Type> table, string kind, string name, Type type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (table.TryGetValue(name, out var existing) && existing != type)
        {
            throw new InvalidOperationException($"The {kind} name '{name}' is already registered to {existing.FullName}.");
        }

        table[name] = type;
    }
}
