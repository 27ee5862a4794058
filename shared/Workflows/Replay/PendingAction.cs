namespace MockInterview.Workflows;

/// <summary>A decision the workflow code made that is not yet matched by history: an activity call or a timer.</summary>
internal sealed record PendingAction(int TaskId, HistoryEventType Kind, string? Name, string? Input, ActivityOptions? Options, DateTime FireAt)
{
    public string Describe() => Kind == HistoryEventType.TaskScheduled
        ? $"activity '{Name}' (task id {TaskId})"
        : $"timer firing at {FireAt:O} (task id {TaskId})";

    public static string Describe(HistoryEvent recorded) => recorded.Type == HistoryEventType.TaskScheduled
        ? $"activity '{recorded.Name}' (task id {recorded.TaskId})"
        : $"timer firing at {recorded.FireAt:O} (task id {recorded.TaskId})";
}
