using System.Text.Json;
using System.Text.Json.Serialization;

namespace MockInterview.Workflows;

/// <summary>One entry of an instance's history; the replay executor rebuilds workflow state from these.</summary>
/// <remarks>Which properties are set depends on <see cref="Type"/>: <see cref="TaskId"/> is the sequence number
/// of an activity or timer, <see cref="Name"/> the activity, event or workflow name, <see cref="Data"/> the JSON
/// input, result or payload.</remarks>
internal sealed record HistoryEvent(HistoryEventType Type, DateTime Timestamp)
{
    public int TaskId { get; init; } = -1;

    public string? Name { get; init; }

    public string? Data { get; init; }

    public WorkflowFailure? Failure { get; init; }

    public DateTime? FireAt { get; init; }

    public int ExecutionId { get; init; }

    /// <summary>Events carried over by continue-as-new; only on <see cref="HistoryEventType.ExecutionStarted"/> inbox messages.</summary>
    public IReadOnlyList<HistoryEvent>? Carried { get; init; }

    // History is the bulk of what is written: leave unset properties out.
    private static readonly JsonSerializerOptions JsonOptions = new(WorkflowJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Serialize() => JsonSerializer.Serialize(this, JsonOptions);

    public static HistoryEvent Deserialize(string json) =>
        JsonSerializer.Deserialize<HistoryEvent>(json, JsonOptions)
        ?? throw new InvalidOperationException("A stored history event is empty.");
}
