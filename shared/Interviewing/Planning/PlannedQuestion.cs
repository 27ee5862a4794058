using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Planning;

/// <summary>A bank question chosen for an interview and why it was chosen.</summary>
internal sealed record PlannedQuestion(BankQuestion Question, string Rationale)
{
    public InterviewQuestion ToInterviewQuestion() => Question.ToInterviewQuestion(Rationale);
}
