using MockInterview.Interviewing;
using MockInterview.LlmInterviewer.Calls;
using MockInterview.LlmInterviewer.Grading;
using MockInterview.LlmInterviewer.Prompts;
using MockInterview.Llm.Routing;

namespace MockInterview.LlmInterviewer.Summaries;

/// <summary>The summary request and the summary built from the model's reply: scores stay the offline summary's (means of
/// the recorded evaluations), the model writes strengths, improvements and the narrative, and every quote is checked.</summary>
/// <remarks>A strength needs a quote found verbatim in an answer that was not flagged empty, gibberish, injection or
/// stuffed; without one it is dropped. An improvement with a quote found nowhere keeps its point but loses the quote.
/// When no strength survives, the offline brain's (quoted by construction) are used.</remarks>
internal static class SummaryReviewer
{
    public const int MaxHighlights = 3;

    private static bool Withheld(AnsweredTurn turn) => turn.Evaluation?.Flags.Any(f => FlagCaps.Hard.Contains(f.Code)) == true;

    public static LlmRequest Request(SummaryRequest request) =>
        TaskRequest.For(
            InterviewerPrompts.SummaryPurpose,
            InterviewerPrompts.Summary,
            InterviewerPrompts.SummaryVersion,
            ReplySchemas.Summary,
            1200,
            new
            {
                mode = request.Mode.ToString().ToLowerInvariant(),
                name = request.Candidate.Name,
                role = request.Candidate.Role,
                seniority = request.Candidate.Seniority,
                questions = request.Turns.Select(t => new
                {
                    questionId = t.Question.Id,
                    question = t.Question.Text,
                    isFollowUp = t.Question.IsFollowUp,
                    // An answer flagged as unreadable, a buzzword list or text aimed at the grader is not sent: its flags
                    // say what the summary needs, and the text cannot then reach the narrative.
                    answer = t.TimedOut || Withheld(t) ? null : DataMessage.Excerpt(t.Answer, AnswerGrader.MaxAnswerLength),
                    score = t.Evaluation?.Score,
                    flags = t.Evaluation?.Flags.Select(f => f.Code),
                }),
            }) with
        {
            // Built from the candidate's own answers: graded content, never cached.
            Cache = LlmCachePolicy.Never,
        };

    public static InterviewSummary Merge(Reply<SummaryReply> reply, InterviewSummary offline, SummaryRequest request)
    {
        var narrative = ReplyText.Clean(reply.Value.Narrative, 1500);
        if (narrative.Length == 0)
        {
            throw new LlmReplyException("The summary reply has no narrative.");
        }

        var quotes = new QuoteCheck(request.Turns);
        var strengths = new List<Highlight>();
        foreach (var h in reply.Value.Strengths ?? [])
        {
            var text = ReplyText.Clean(h?.Text, 300);
            if (text.Length > 0 && quotes.Find(h!.Evidence, h.QuestionId, Trusted) is { } found && strengths.Count < MaxHighlights)
            {
                strengths.Add(new Highlight(text, found.Quote, found.QuestionId));
            }
        }

        var improvements = new List<Highlight>();
        foreach (var h in reply.Value.Improvements ?? [])
        {
            var text = ReplyText.Clean(h?.Text, 300);
            if (text.Length > 0 && improvements.Count < MaxHighlights)
            {
                improvements.Add(quotes.Find(h!.Evidence, h.QuestionId, _ => true) is { } found
                    ? new Highlight(text, found.Quote, found.QuestionId)
                    : new Highlight(text));
            }
        }

        return offline with
        {
            Strengths = strengths.Count > 0 ? strengths : offline.Strengths,
            Improvements = improvements.Count > 0 ? improvements : offline.Improvements,
            Narrative = narrative,
            Source = reply.Source,
        };
    }

    /// <summary>An answer whose words may back a strength: not one the offline scorer found empty, unreadable, stuffed
    /// or addressed to the grader.</summary>
    private static bool Trusted(AnsweredTurn turn) => turn.Evaluation is null || !turn.Evaluation.Flags.Any(f => FlagCaps.Hard.Contains(f.Code));
}
