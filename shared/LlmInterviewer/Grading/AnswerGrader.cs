using MockInterview.Interviewing;
using MockInterview.Interviewing.Delivery;
using MockInterview.LlmInterviewer.Calls;
using MockInterview.LlmInterviewer.Prompts;
using MockInterview.Llm.Routing;

namespace MockInterview.LlmInterviewer.Grading;

/// <summary>The grading request and the evaluation built from the model's reply and the offline scorer's result.</summary>
/// <remarks>The model's numbers are clamped to 0–10, its flags kept only when they are known codes, its texts cleaned
/// and capped. The offline scorer runs on every answer too: when it finds the answer empty, unreadable, stuffed with
/// buzzwords or addressed to the grader, its flags, feedback and reasons replace the model's and the score cannot
/// pass the flag's cap, whatever the model said; an injection cannot buy points. For a spoken answer the model reads
/// the transcript only: the communication dimension is the offline scorer's, measured from the delivery, its
/// sentences on pace, pauses and fillers follow the model's reasons, and an imperfect transcript's caveat is kept.</remarks>
internal static class AnswerGrader
{
    public const int MaxAnswerLength = 12_000;

    public static LlmRequest Request(EvaluationRequest request) =>
        TaskRequest.For(
            InterviewerPrompts.GradingPurpose,
            InterviewerPrompts.Grading,
            InterviewerPrompts.GradingVersion,
            ReplySchemas.Grading,
            900,
            new
            {
                mode = request.Mode.ToString().ToLowerInvariant(),
                question = request.Question.Text,
                category = request.Question.Category,
                isFollowUp = request.Question.IsFollowUp,
                rubric = request.Question.RubricPoints,
                answer = DataMessage.Excerpt(request.Answer ?? string.Empty, MaxAnswerLength),
            }) with
        {
            // A candidate's own answer is graded fresh every time (issue #4: never cache grading).
            Cache = LlmCachePolicy.Never,
        };

    public static AnswerEvaluation Merge(Reply<GradingReply> reply, AnswerEvaluation offline, SpeechDelivery? delivery = null)
    {
        var value = reply.Value;
        if (value.Score is not { } rawScore || !double.IsFinite(rawScore))
        {
            throw new LlmReplyException("The grading reply has no score.");
        }

        var dimensions = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in ScoreDimensions.All)
        {
            if (value.Dimensions is null || !value.Dimensions.TryGetValue(name, out var d) || d is not { } dv || !double.IsFinite(dv))
            {
                throw new LlmReplyException($"The grading reply has no {name} score.");
            }

            dimensions[name] = Clamp(dv);
        }

        var feedback = ReplyText.Clean(value.Feedback, 1200);
        if (feedback.Length == 0)
        {
            throw new LlmReplyException("The grading reply has no feedback.");
        }

        var hard = offline.Flags.Where(f => FlagCaps.Hard.Contains(f.Code)).ToList();
        var facts = offline.Flags.Where(f => FlagCaps.IsFact(f.Code)).ToList();
        var flags = Flags(facts, value.Flags);
        var score = Clamp(rawScore);
        var cap = flags.Select(f => FlagCaps.Cap(f.Code)).DefaultIfEmpty(10).Min();
        score = Math.Min(score, cap);
        var reasons = ReplyText.List(value.Reasons, 6, 300);
        if (hard.Count > 0)
        {
            // The offline scorer's reading of a flagged answer stands: no dimension above its, and its explanation.
            foreach (var name in ScoreDimensions.All)
            {
                dimensions[name] = Math.Min(dimensions[name], offline.Dimensions.TryGetValue(name, out var o) ? o : 0);
            }

            score = Math.Min(score, offline.Score);
            feedback = offline.Feedback;
            reasons = offline.Reasons;
        }

        reasons = reasons.Count > 0 ? reasons : [.. offline.Reasons];
        if (delivery is not null)
        {
            if (offline.Dimensions.TryGetValue(ScoreDimensions.Communication, out var measured))
            {
                dimensions[ScoreDimensions.Communication] = measured;
            }

            reasons = [.. reasons, .. DeliveryFeedback.Reasons(delivery).Where(r => !reasons.Contains(r))];
        }

        var caveat = delivery is null ? offline.Caveat : DeliveryFeedback.Caveat(delivery);
        if (caveat is not null && !feedback.Contains(caveat, StringComparison.Ordinal))
        {
            feedback = $"{feedback} {caveat}";
        }

        var stronger = ReplyText.List(value.StrongerAnswer, 6, 300);
        return new AnswerEvaluation(Math.Round(score, 1), dimensions, flags, feedback, reasons, reply.Source)
        {
            StrongerAnswer = stronger.Count > 0 ? stronger : offline.StrongerAnswer,
            Statistics = offline.Statistics,
            RubricQuestionId = offline.RubricQuestionId,
            Caveat = caveat,
        };
    }

    internal static double Clamp(double value) => Math.Round(Math.Clamp(value, 0, 10), 1);

    /// <summary>The offline scorer's facts, then the model's known flags not already there; unknown codes dropped.</summary>
    private static List<AnswerFlag> Flags(IReadOnlyList<AnswerFlag> facts, List<GradingReplyFlag?>? model)
    {
        var flags = new List<AnswerFlag>(facts);
        foreach (var flag in model ?? [])
        {
            var code = flag?.Code?.Trim();
            if (code is null || !FlagCaps.IsKnown(code) || flags.Any(f => f.Code == code))
            {
                continue;
            }

            var message = ReplyText.Clean(flag!.Message, 300);
            flags.Add(new AnswerFlag(code, message.Length > 0 ? message : FlagCaps.Message(code)));
        }

        return flags.OrderBy(f => FlagCaps.Order(f.Code)).ToList();
    }
}
