namespace MockInterview.Interviewing.Bank;

/// <summary>One validated question of the bank, as written in the data files.</summary>
/// <param name="Id">Stable id, e.g. "beh-conflict-003"; never ends in a follow-up suffix ("-f1").</param>
/// <param name="Text">What the interviewer says.</param>
/// <param name="Category">One of <see cref="QuestionCategories.All"/>.</param>
/// <param name="Subcategory">Topic inside the category (e.g. "conflict", "databases"); plans spread over these.</param>
/// <param name="Tracks">Role tracks it fits; empty means any track.</param>
/// <param name="Level">One of <see cref="QuestionLevels.All"/>.</param>
/// <param name="Tags">Skills and keywords, matched against answers, job descriptions and resumes.</param>
/// <param name="Rubric">What a good answer covers (2–5 points).</param>
/// <param name="FollowUps">Prompts to dig deeper (2–3).</param>
/// <param name="SourceFile">The data file it came from, for error messages.</param>
internal sealed record BankQuestion(
    string Id,
    string Text,
    string Category,
    string Subcategory,
    IReadOnlyList<string> Tracks,
    string Level,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Rubric,
    IReadOnlyList<string> FollowUps,
    string SourceFile)
{
    /// <summary>True when the question suits <paramref name="track"/> (questions without tracks suit all).</summary>
    public bool FitsTrack(string track) => Tracks.Count == 0 || Tracks.Contains(track, StringComparer.Ordinal);

    /// <summary>The question as the interviewer asks it.</summary>
    public InterviewQuestion ToInterviewQuestion(string? rationale) =>
        new(Id, Text, Category, IsFollowUp: false, ParentQuestionId: null, Rubric, rationale);
}
