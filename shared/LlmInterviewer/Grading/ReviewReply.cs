using System.Text.Json;

namespace MockInterview.LlmInterviewer.Grading;

/// <summary>The model's review of a finished interview, as parsed: one grade per answer, each read on its own so that
/// one malformed grade costs only its answer.</summary>
internal sealed record ReviewReply
{
    public List<JsonElement>? Evaluations { get; init; }
}
