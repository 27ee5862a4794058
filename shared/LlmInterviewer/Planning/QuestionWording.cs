using MockInterview.Interviewing;
using MockInterview.Interviewing.Planning;
using MockInterview.LlmInterviewer.Calls;
using MockInterview.LlmInterviewer.Prompts;
using MockInterview.Llm.Routing;

namespace MockInterview.LlmInterviewer.Planning;

/// <summary>Words one bank question for the candidate's role. The request holds no candidate text (no name, resume, job
/// description or answer), only the role's track (or its title when it maps to none) and the question, so every
/// candidate for the same role sends the same request and the router's cache answers all but the first. The mode and
/// level are left out on purpose: the planner already chose the question for both (its category and difficulty stay as
/// they are), and each would multiply the distinct requests, and so the calls that reach a provider, for little change
/// in the wording.</summary>
internal static class QuestionWording
{
    public const int MaxQuestionLength = 400;
    public const int MinQuestionLength = 10;
    private const int MaxRoleLength = 60;

    public static LlmRequest Request(CandidateProfile candidate, InterviewQuestion question) =>
        TaskRequest.For(
            InterviewerPrompts.QuestionPurpose,
            InterviewerPrompts.Question,
            InterviewerPrompts.QuestionVersion,
            ReplySchemas.Question,
            400,
            new
            {
                role = RoleKey(candidate.Role),
                category = question.Category,
                question = question.Text,
                rubric = question.RubricPoints,
            });

    /// <summary>The bank's track for the role; otherwise its title, lower-cased with whitespace collapsed and capped,
    /// so that "Product  Manager" and "product manager" share a cache entry; "general" when no role was given.</summary>
    public static string RoleKey(string? role)
    {
        if (CandidateRoles.Track(role) is { } track)
        {
            return track;
        }

        var title = string.Join(' ', (role ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return title.Length == 0 ? "general" : ReplyText.Clean(title, MaxRoleLength).TrimEnd('…');
    }

    /// <summary>The question in the model's words, keeping its id, category and rationale; throws when the reply has no
    /// usable question.</summary>
    public static InterviewQuestion Apply(InterviewQuestion question, Reply<WordingReply> reply)
    {
        var text = ReplyText.Clean(reply.Value.Text, MaxQuestionLength);
        if (text.Length < MinQuestionLength || text.EndsWith('…'))
        {
            throw new LlmReplyException("The question reply has no usable question text.");
        }

        var rubric = ReplyText.List(reply.Value.RubricPoints, 6, 200);
        var worded = $"Worded for the role by the LLM ({reply.Source[LlmSources.LlmPrefix.Length..]}).";
        return question with
        {
            Text = text,
            RubricPoints = rubric.Count > 0 ? rubric : question.RubricPoints,
            Rationale = string.IsNullOrWhiteSpace(question.Rationale) ? worded : $"{question.Rationale} {worded}",
        };
    }
}
