using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Planning;

/// <summary>A question chosen for an interview and why it was chosen: a bank question as written, or one worded for this
/// candidate (<see cref="CustomId"/>, <see cref="CustomText"/>) that takes its category and rubric from the bank question.</summary>
internal sealed record PlannedQuestion(BankQuestion Question, string Rationale)
{
    /// <summary>The id of a question worded for this candidate; null for a bank question.</summary>
    public string? CustomId { get; init; }

    /// <summary>The wording of a question worded for this candidate; null for a bank question.</summary>
    public string? CustomText { get; init; }

    /// <summary>The id the interview knows the question by.</summary>
    public string Id => CustomId ?? Question.Id;

    public InterviewQuestion ToInterviewQuestion() =>
        CustomId is null
            ? Question.ToInterviewQuestion(Rationale)
            : new InterviewQuestion(CustomId, CustomText ?? Question.Text, Question.Category, IsFollowUp: false, ParentQuestionId: null, Question.Rubric, Rationale);
}
