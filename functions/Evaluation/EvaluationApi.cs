using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MockInterview.Functions.Interviews;
using MockInterview.Interviewing;
using MockInterview.Interviews;

namespace MockInterview.Functions.Evaluation;

/// <summary>Stateless evaluation of one answer: the real-time feedback endpoint.</summary>
internal static class EvaluationApi
{
    /// <summary>Maps <c>POST /api/evaluate</c>.</summary>
    public static IEndpointRouteBuilder MapEvaluationApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/evaluate", EvaluateAnswer)
            .WithName("EvaluateAnswer")
            .WithTags("Evaluation")
            .WithSummary("Score one answer to one question: score, dimensions, flags, feedback, reasons, source.")
            .RequireAuthorization();
        return app;
    }

    public static async Task<Results<Ok<AnswerEvaluation>, ValidationProblem>> EvaluateAnswer(
        EvaluateRequest request, IInterviewerBrain brain, IOptions<InterviewOptions> options, CancellationToken cancellationToken)
    {
        var limits = options.Value.Limits;
        var errors = new Dictionary<string, string[]>();
        if (!InterviewModes.TryParse(request.Mode, out var mode))
        {
            errors["mode"] = [request.Mode is null ? $"mode is required; valid modes: {InterviewModes.List}." : $"Unknown mode; valid modes: {InterviewModes.List}."];
        }

        if (string.IsNullOrWhiteSpace(request.Question))
        {
            errors["question"] = ["question is required."];
        }

        InterviewRequestValidation.MaxLength(errors, "question", request.Question, limits.MaxQuestionChars);
        InterviewRequestValidation.Required(errors, "answer", request.Answer);
        InterviewRequestValidation.MaxLength(errors, "answer", request.Answer, limits.MaxAnswerChars);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, InterviewRequestValidation.Summary(errors));
        }

        var question = new InterviewQuestion("adhoc", request.Question!.Trim(), mode.ToString().ToLowerInvariant(), false, null, []);
        var live = await brain.EvaluateAsync(new EvaluationRequest(mode, question, request.Answer!, []), cancellationToken);

        // The final grade, as an interview's end would give it: a brain that scores live and grades at the end (the LLM
        // brain's default) grades this one answer now; for the offline brain the live evaluation is final.
        var final = await brain.ReviewAsync(
            new ReviewRequest("adhoc", mode, new CandidateProfile(), [new AnsweredTurn(question, request.Answer, live, TimedOut: false)]),
            cancellationToken);
        return TypedResults.Ok(final.Count == 1 && final[0] is { } graded ? graded : live);
    }
}
