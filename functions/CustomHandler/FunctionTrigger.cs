namespace MockInterview.Functions.CustomHandler;

/// <summary>A non-HTTP function (timer, queue, durable…): its bindings and the code that handles its envelope.</summary>
internal sealed class FunctionTrigger
{
    // The durable triggers consume the return value themselves; a $return binding breaks them (host PR #8874).
    private static readonly HashSet<string> DurableTriggerTypes =
        new(["orchestrationTrigger", "activityTrigger", "entityTrigger"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a trigger, checking the rules the Functions host would enforce at start.</summary>
    public FunctionTrigger(
        string name,
        IReadOnlyList<FunctionBinding> bindings,
        Func<FunctionInvocation, Task<InvocationResponse>> handler)
    {
        FunctionNames.EnsureValid(name);
        ArgumentNullException.ThrowIfNull(bindings);
        ArgumentNullException.ThrowIfNull(handler);

        var triggers = bindings.Where(b => b.IsTrigger).ToList();
        if (triggers.Count != 1)
        {
            throw new ArgumentException(
                $"Function '{name}' needs exactly one trigger binding (direction in, type …Trigger); it has {triggers.Count}.",
                nameof(bindings));
        }

        if (string.Equals(triggers[0].Type, "httpTrigger", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"Function '{name}' is an HTTP function; map it as a named endpoint under /api instead.",
                nameof(bindings));
        }

        var duplicate = bindings.GroupBy(b => b.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Function '{name}' has two bindings named '{duplicate.Key}'.", nameof(bindings));
        }

        if (DurableTriggerTypes.Contains(triggers[0].Type) && bindings.Any(b => b.Name == "$return"))
        {
            throw new ArgumentException(
                $"Function '{name}' has a {triggers[0].Type}, which takes the return value itself: remove its $return binding.",
                nameof(bindings));
        }

        Name = name;
        Bindings = bindings;
        Handler = handler;
    }

    /// <summary>The function's name: its folder in the package and the path the host POSTs to.</summary>
    public string Name { get; }

    /// <summary>The bindings written to its function.json.</summary>
    public IReadOnlyList<FunctionBinding> Bindings { get; }

    /// <summary>Handles one decoded envelope.</summary>
    public Func<FunctionInvocation, Task<InvocationResponse>> Handler { get; }
}
