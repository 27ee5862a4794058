namespace MockInterview.LlmInterviewer.Planning;

/// <summary>The model's wording of one question, as parsed (every part may be missing).</summary>
internal sealed record WordingReply
{
    public string? Text { get; init; }

    public List<string?>? RubricPoints { get; init; }
}
