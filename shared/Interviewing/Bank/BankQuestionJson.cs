namespace MockInterview.Interviewing.Bank;

/// <summary>A question as it appears in a data file, before validation (every field may be missing).</summary>
internal sealed class BankQuestionJson
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public string? Category { get; set; }
    public string? Subcategory { get; set; }
    public List<string>? Tracks { get; set; }
    public string? Level { get; set; }
    public List<string>? Tags { get; set; }
    public List<string>? Rubric { get; set; }
    public List<string>? FollowUps { get; set; }
}
