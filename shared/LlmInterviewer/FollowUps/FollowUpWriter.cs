using MockInterview.Interviewing;
using MockInterview.LlmInterviewer.Calls;
using MockInterview.LlmInterviewer.Prompts;
using MockInterview.Llm.Routing;

namespace MockInterview.LlmInterviewer.FollowUps;

/// <summary>When a follow-up may be asked (the same limits as the offline brain: the configured number per question,
/// time for the rest of the plan, never after a timed-out or empty answer, never on the closing question), the request
/// that asks the model whether and what to ask, and the follow-up built from its reply.</summary>
internal static class FollowUpWriter
{
    /// <summary>Below this, a follow-up would eat the time of the remaining questions (as offline).</summary>
    public static readonly TimeSpan MinimumTimeForFollowUp = TimeSpan.FromSeconds(90);

    /// <summary>How long a main question takes without follow-ups, kept for each remaining planned question.</summary>
    public static readonly TimeSpan MainQuestionWithoutFollowUps = TimeSpan.FromMinutes(1.5);

    public const int MaxQuestionLength = 300;

    /// <summary>The main question to follow up and how many follow-ups it had, or null when none may be asked.</summary>
    public static (InterviewQuestion Parent, int Asked)? Candidate(NextQuestionRequest request, int remainingPlanned)
    {
        if (request.Turns.Count == 0 || request.MaxFollowUpsPerQuestion <= 0)
        {
            return null;
        }

        var last = request.Turns[^1];
        if (last.TimedOut || string.IsNullOrWhiteSpace(last.Answer) || request.TimeLeft < MinimumTimeForFollowUp
            || request.TimeLeft - (remainingPlanned * MainQuestionWithoutFollowUps) < TimeSpan.Zero)
        {
            return null;
        }

        var parentId = last.Question.IsFollowUp ? last.Question.ParentQuestionId ?? last.Question.Id : last.Question.Id;
        var parent = request.Turns.FirstOrDefault(t => !t.Question.IsFollowUp && t.Question.Id == parentId)?.Question ?? last.Question;
        if (string.Equals(parent.Category, "closing", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var asked = request.Turns.Count(t => t.Question.IsFollowUp && t.Question.ParentQuestionId == parentId);
        return asked >= request.MaxFollowUpsPerQuestion ? null : (parent, asked);
    }

    public static LlmRequest Request(NextQuestionRequest request, InterviewQuestion parent)
    {
        var thread = request.Turns.Where(t => t.Question.Id == parent.Id || (t.Question.IsFollowUp && t.Question.ParentQuestionId == parent.Id)).ToList();
        return TaskRequest.For(
            InterviewerPrompts.FollowUpPurpose,
            InterviewerPrompts.FollowUp,
            InterviewerPrompts.FollowUpVersion,
            ReplySchemas.FollowUp,
            300,
            new
            {
                mode = request.Mode.ToString().ToLowerInvariant(),
                role = request.Candidate.Role,
                seniority = request.Candidate.Seniority,
                question = parent.Text,
                category = parent.Category,
                rubric = parent.RubricPoints,
                followUpsAsked = thread.Where(t => t.Question.IsFollowUp).Select(t => t.Question.Text),
                answers = thread.Select(t => new { question = t.Question.Text, answer = t.Answer ?? string.Empty }),
            });
    }

    /// <summary>The follow-up, or null when the model sees no need (or proposes a question already asked).</summary>
    public static InterviewQuestion? Build(NextQuestionRequest request, InterviewQuestion parent, int asked, Reply<FollowUpReply> reply)
    {
        var value = reply.Value;
        if (value.AskFollowUp is not { } ask)
        {
            throw new LlmReplyException("The follow-up reply has no askFollowUp.");
        }

        if (!ask)
        {
            return null;
        }

        var text = ReplyText.Clean(value.Question, MaxQuestionLength);
        if (text.Length < 5 || text.EndsWith('…'))
        {
            throw new LlmReplyException("The follow-up reply asks for a follow-up but its question is empty or too long.");
        }

        if (request.Turns.Any(t => string.Equals(t.Question.Text, text, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var rubric = ReplyText.List(value.RubricPoints, 4, 200);
        var why = ReplyText.Clean(value.Reason, 300);
        return new InterviewQuestion(
            $"{parent.Id}-f{asked + 1}",
            text,
            parent.Category,
            IsFollowUp: true,
            ParentQuestionId: parent.Id,
            rubric.Count > 0 ? rubric : parent.RubricPoints,
            $"Follow-up by the LLM ({reply.Source[LlmSources.LlmPrefix.Length..]}){(why.Length > 0 ? ": " + why : ".")}");
    }
}
