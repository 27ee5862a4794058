using MockInterview.Interviewing;
using MockInterview.LlmInterviewer.Calls;
using MockInterview.LlmInterviewer.Planning;
using MockInterview.LlmInterviewer.Prompts;
using MockInterview.Llm.Routing;

namespace MockInterview.LlmInterviewer.FollowUps;

/// <summary>Words a follow-up the offline rules decided on (what is missing: a result, the candidate's own part, an
/// example, a rubric point) for its main question. The answer is never sent: the request holds only the main question
/// in the bank's wording and the generic follow-up, so text in an answer cannot steer the interview, and the same
/// diagnosis of the same bank question is answered from the router's cache for every candidate (the role, mode and
/// level are already in the question the candidate heard; the follow-up only has to name its topic).</summary>
internal static class FollowUpWording
{
    public const int MaxQuestionLength = 300;
    public const int MinQuestionLength = 10;

    /// <param name="parentText">The main question's bank wording (only follow-ups of bank questions are worded).</param>
    /// <param name="parent">The main question as asked.</param>
    /// <param name="followUp">The offline follow-up.</param>
    public static LlmRequest Request(string parentText, InterviewQuestion parent, InterviewQuestion followUp) =>
        TaskRequest.For(
            InterviewerPrompts.FollowUpWordingPurpose,
            InterviewerPrompts.FollowUpWording,
            InterviewerPrompts.FollowUpWordingVersion,
            ReplySchemas.FollowUpWording,
            200,
            new
            {
                question = parentText,
                category = parent.Category,
                followUp = followUp.Text,
                lookingFor = followUp.RubricPoints,
            });

    /// <summary>The follow-up in the model's words (id, parent, rubric and rationale kept); throws when the reply has no
    /// usable question, and keeps the offline wording when the model's repeats a question already asked.</summary>
    public static InterviewQuestion Apply(InterviewQuestion followUp, IReadOnlyList<AnsweredTurn> turns, Reply<WordingReply> reply)
    {
        var text = ReplyText.Clean(reply.Value.Text, MaxQuestionLength);
        if (text.Length < MinQuestionLength || text.EndsWith('…'))
        {
            throw new LlmReplyException("The follow-up wording reply has no usable question text.");
        }

        if (turns.Any(t => string.Equals(t.Question.Text, text, StringComparison.OrdinalIgnoreCase)))
        {
            return followUp;
        }

        return followUp with
        {
            Text = text,
            Rationale = $"{followUp.Rationale} Worded for the question by the LLM ({reply.Source[LlmSources.LlmPrefix.Length..]}).".TrimStart(),
        };
    }
}
