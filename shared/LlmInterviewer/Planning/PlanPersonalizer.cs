using MockInterview.Interviewing;
using MockInterview.LlmInterviewer.Calls;
using MockInterview.LlmInterviewer.Prompts;
using MockInterview.Llm.Routing;

namespace MockInterview.LlmInterviewer.Planning;

/// <summary>Personalises the offline plan: the bank picks the slots (count, mix of categories, levels, time), the model
/// rewrites each slot's wording for this candidate and job. Ids stay the bank's, so they are unique and stable, and the
/// offline scorer and follow-ups still find each question's rubric.</summary>
internal static class PlanPersonalizer
{
    public const int MaxQuestionLength = 400;
    public const int MinQuestionLength = 10;
    private const string Closing = "closing";

    public static bool Personalisable(InterviewQuestion slot) => !string.Equals(slot.Category, Closing, StringComparison.OrdinalIgnoreCase);

    public static LlmRequest Request(PlanRequest request, IReadOnlyList<InterviewQuestion> slots) =>
        TaskRequest.For(
            InterviewerPrompts.PlanPurpose,
            InterviewerPrompts.Plan,
            InterviewerPrompts.PlanVersion,
            ReplySchemas.Plan,
            400 + (slots.Count * 220),
            new
            {
                mode = request.Mode.ToString().ToLowerInvariant(),
                role = request.Candidate.Role,
                seniority = request.Candidate.Seniority,
                resume = DataMessage.Excerpt(request.Candidate.ResumeText, 6000),
                jobDescription = DataMessage.Excerpt(request.Candidate.JobDescription, 4000),
                slots = slots.Select(s => new { id = s.Id, category = s.Category, text = s.Text, rubricPoints = s.RubricPoints, why = s.Rationale }),
            });

    /// <summary>The offline plan with each slot the model answered validly rewritten; throws when the reply answers no slot.</summary>
    public static InterviewPlan Apply(InterviewPlan offline, Reply<PlanReply> reply)
    {
        var byId = new Dictionary<string, PlanReplyQuestion>(StringComparer.Ordinal);
        foreach (var q in reply.Value.Questions ?? [])
        {
            if (q?.Id is { } id && offline.Questions.Any(s => s.Id == id && Personalisable(s)))
            {
                byId.TryAdd(id, q);
            }
        }

        if (byId.Count == 0)
        {
            throw new LlmReplyException("The plan reply names none of the planned question ids.");
        }

        var questions = offline.Questions.Select(slot => byId.TryGetValue(slot.Id, out var q) ? Personalise(slot, q, reply.Source) : slot).ToList();
        return offline with { Questions = questions };
    }

    private static InterviewQuestion Personalise(InterviewQuestion slot, PlanReplyQuestion q, string source)
    {
        var text = ReplyText.Clean(q.Text, MaxQuestionLength);
        if (text.Length < MinQuestionLength || text.EndsWith('…'))
        {
            return slot;
        }

        var rubric = ReplyText.List(q.RubricPoints, 6, 200);
        var why = ReplyText.Clean(q.Rationale, 300);
        return slot with
        {
            Text = text,
            RubricPoints = rubric.Count > 0 ? rubric : slot.RubricPoints,
            Rationale = $"Personalised by the LLM ({source[LlmSources.LlmPrefix.Length..]}){(why.Length > 0 ? ": " + why : ".")}",
        };
    }
}
