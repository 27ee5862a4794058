using System.Text.Json;
using MockInterview.Interviewing;
using MockInterview.Interviewing.Planning;
using MockInterview.LlmInterviewer.Calls;
using MockInterview.LlmInterviewer.Prompts;
using MockInterview.Llm.Routing;

namespace MockInterview.LlmInterviewer.Grading;

/// <summary>The end-of-interview review: every answer graded by the model in one call (more for a very long interview),
/// reading them together, each grade merged with the offline scorer's evaluation as a live grade is
/// (<see cref="AnswerGrader.Merge"/>: clamped, known flags only, the offline scorer's facts and caps kept).</summary>
/// <remarks>Answers the offline scorer found empty, unreadable, stuffed with buzzwords, repeated or addressed to the
/// grader are not sent: their offline evaluation stands anyway, and keeping text aimed at the grader out of the batch
/// keeps it from reaching the grades of the other answers. Never cached: it grades the candidate's own answers.</remarks>
internal static class AnswerReview
{
    /// <summary>Most characters of one answer sent for review (a spoken answer of several minutes fits).</summary>
    public const int MaxAnswerLength = 4_000;

    /// <summary>Most answer characters in one review call, so the request fits small contexts.</summary>
    public const int MaxBatchCharacters = 24_000;

    /// <summary>Most answers in one review call, so the reply fits the output limit.</summary>
    public const int MaxBatchAnswers = 12;

    /// <summary>True for a turn the model grades: answered, evaluated live, and not flagged with a fact the model cannot overrule.</summary>
    public static bool Gradable(AnsweredTurn turn) =>
        !turn.TimedOut && !string.IsNullOrWhiteSpace(turn.Answer) && turn.Evaluation is { } live && !live.Flags.Any(f => FlagCaps.IsFact(f.Code));

    /// <summary>The indexes of the gradable turns, in order, split into calls by <see cref="MaxBatchCharacters"/> and <see cref="MaxBatchAnswers"/>.</summary>
    public static List<List<int>> Batches(IReadOnlyList<AnsweredTurn> turns)
    {
        var batches = new List<List<int>>();
        var current = new List<int>();
        var characters = 0;
        for (var i = 0; i < turns.Count; i++)
        {
            if (!Gradable(turns[i]))
            {
                continue;
            }

            var length = Math.Min(turns[i].Answer!.Length, MaxAnswerLength);
            if (current.Count > 0 && (current.Count == MaxBatchAnswers || characters + length > MaxBatchCharacters))
            {
                batches.Add(current);
                (current, characters) = ([], 0);
            }

            current.Add(i);
            characters += length;
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }

    public static LlmRequest Request(ReviewRequest request, IReadOnlyList<int> batch) =>
        TaskRequest.For(
            InterviewerPrompts.ReviewPurpose,
            InterviewerPrompts.Review,
            InterviewerPrompts.ReviewVersion,
            ReplySchemas.Review,
            300 + (batch.Count * 450),
            new
            {
                mode = request.Mode.ToString().ToLowerInvariant(),
                role = request.Candidate.Role,
                level = CandidateRoles.Level(request.Candidate.Seniority, request.Candidate.Role),
                answers = batch.Select(i => request.Turns[i]).Select(t => new
                {
                    questionId = t.Question.Id,
                    question = t.Question.Text,
                    category = t.Question.Category,
                    isFollowUp = t.Question.IsFollowUp,
                    rubric = t.Question.RubricPoints,
                    answer = DataMessage.Excerpt(t.Answer, MaxAnswerLength),
                }),
            }) with
        {
            // The candidate's own answers are graded fresh every time (issue #4: never cache grading).
            Cache = LlmCachePolicy.Never,
        };

    /// <summary>The final evaluation of each turn of <paramref name="batch"/> the reply grades usably, by turn index;
    /// throws when it grades none.</summary>
    public static Dictionary<int, AnswerEvaluation> Merge(ReviewRequest request, IReadOnlyList<int> batch, Reply<ReviewReply> reply)
    {
        var byId = batch.ToDictionary(i => request.Turns[i].Question.Id, StringComparer.Ordinal);
        var graded = new Dictionary<int, AnswerEvaluation>();
        foreach (var element in reply.Value.Evaluations ?? [])
        {
            if (element.ValueKind != JsonValueKind.Object
                || !element.TryGetProperty("questionId", out var id) || id.ValueKind != JsonValueKind.String
                || !byId.TryGetValue(id.GetString()!, out var index) || graded.ContainsKey(index))
            {
                continue;
            }

            try
            {
                var grade = element.Deserialize<GradingReply>(StructuredCall.Json) ?? throw new LlmReplyException("The grade is JSON null.");
                graded[index] = AnswerGrader.Merge(new Reply<GradingReply>(grade, reply.Source), request.Turns[index].Evaluation!, request.Turns[index].Delivery);
            }
            catch (Exception ex) when (ex is LlmReplyException or JsonException)
            {
                // This grade is unusable; its answer keeps the offline evaluation, marked as the fallback.
            }
        }

        return graded.Count > 0 ? graded : throw new LlmReplyException("The review reply grades none of the answers it was sent.");
    }
}
