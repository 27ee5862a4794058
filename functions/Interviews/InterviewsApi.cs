using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MockInterview.Candidates.Jobs;
using MockInterview.Candidates.Resumes;
using MockInterview.Functions.Auth;
using MockInterview.Functions.Resumes;
using MockInterview.Interviewing;
using MockInterview.Interviews;

namespace MockInterview.Functions.Interviews;

/// <summary>The interview endpoints under <c>/api/interviews</c> (see docs/api-contract.md).</summary>
internal static class InterviewsApi
{
    /// <summary>Maps the interview endpoints; each caller sees only their own interviews.</summary>
    public static IEndpointRouteBuilder MapInterviewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/interviews").WithTags("Interviews").RequireAuthorization();
        api.MapPost("/", StartInterview).WithName("StartInterview").WithSummary("Start an interview; returns its first question.");
        api.MapGet("/{id}", GetInterview).WithName("GetInterview").WithSummary("Phase, current question, time left and transcript.");
        api.MapGet("/{id}/events", GetInterviewEvents).WithName("GetInterviewEvents")
            .WithSummary("Server-sent events: an 'interview' event with the view on every change; closes after completion.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        api.MapPost("/{id}/answers", SubmitAnswer).WithName("SubmitAnswer").WithSummary("Answer the current question before its deadline.");
        api.MapPost("/{id}/end", EndInterview).WithName("EndInterview").WithSummary("End the current phase: questions → summary, summary → report.");
        api.MapGet("/{id}/report", GetReport).WithName("GetInterviewReport").WithSummary("The report: JSON, or ?format=md or ?format=html.")
            .Produces(StatusCodes.Status200OK, contentType: "text/markdown")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        return app;
    }

    public static async Task<Results<Created<InterviewView>, ValidationProblem, ProblemHttpResult>> StartInterview(
        StartInterviewRequest request,
        ClaimsPrincipal user,
        InterviewService interviews,
        ResumeService resumes,
        JobService jobs,
        IOptions<InterviewOptions> options,
        CancellationToken cancellationToken)
    {
        var errors = InterviewRequestValidation.Validate(request, options.Value.Limits, out var mode, out var answerMode);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, InterviewRequestValidation.Summary(errors));
        }

        var owner = CallerIds.Of(user);
        var resumeText = Trim(request.ResumeText);
        var jobDescription = Trim(request.JobDescription);
        var maxChars = options.Value.Limits.MaxDocumentChars;
        if (request.ResumeId is { } resumeId)
        {
            if (await resumes.GetAsync(owner, resumeId, cancellationToken) is not { } resume)
            {
                return CodedProblems.Create(StatusCodes.Status422UnprocessableEntity, "resumeNotFound", $"There is no resume '{Shorten(resumeId)}' to interview on.");
            }

            resumeText = Cap(resume.Text, maxChars);
        }

        if (request.JobId is { } jobId)
        {
            if (await jobs.GetAsync(owner, jobId, cancellationToken) is not { } job)
            {
                return CodedProblems.Create(StatusCodes.Status422UnprocessableEntity, "jobNotFound", $"There is no job description '{Shorten(jobId)}' to interview for.");
            }

            jobDescription = Cap(job.Text, maxChars);
        }

        var candidate = new CandidateProfile(Trim(request.CandidateName), Trim(request.Role), Trim(request.Seniority), resumeText, jobDescription);
        var view = await interviews.StartAsync(new StartInterview(owner, mode, candidate, request.DurationMinutes, answerMode), cancellationToken);
        return TypedResults.Created($"/api/interviews/{view.Id}", view);
    }

    public static async Task<Results<Ok<InterviewView>, ProblemHttpResult>> GetInterview(
        string id, ClaimsPrincipal user, InterviewService interviews, CancellationToken cancellationToken)
    {
        var view = await interviews.GetAsync(CallerIds.Of(user), id, cancellationToken);
        return view is null ? NotFound(id) : TypedResults.Ok(view);
    }

    public static async Task<Results<ServerSentEventsResult<InterviewView>, ProblemHttpResult>> GetInterviewEvents(
        string id, ClaimsPrincipal user, InterviewService interviews, IOptions<InterviewOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await interviews.GetAsync(CallerIds.Of(user), id, cancellationToken) is null)
        {
            return NotFound(id);
        }

        var lifetime = TimeSpan.FromMinutes(options.Value.EventStreamMinutes);
        return TypedResults.ServerSentEvents(Watch(interviews, id, lifetime, time, cancellationToken), eventType: "interview");
    }

    public static async Task<Results<Accepted<AnswerAccepted>, ValidationProblem, ProblemHttpResult>> SubmitAnswer(
        string id, SubmitAnswerRequest request, ClaimsPrincipal user, InterviewService interviews, IOptions<InterviewOptions> options, CancellationToken cancellationToken)
    {
        var errors = InterviewRequestValidation.Validate(request, options.Value.Limits);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, InterviewRequestValidation.Summary(errors));
        }

        var result = await interviews.SubmitAnswerAsync(CallerIds.Of(user), id, request.QuestionId!, request.Text!, cancellationToken);
        return result.Kind == InterviewResultKind.Ok ? TypedResults.Accepted($"/api/interviews/{id}", result.Value) : Problem(result);
    }

    public static async Task<Results<Accepted<EndAccepted>, ProblemHttpResult>> EndInterview(
        string id, ClaimsPrincipal user, InterviewService interviews, CancellationToken cancellationToken)
    {
        var result = await interviews.EndAsync(CallerIds.Of(user), id, cancellationToken);
        return result.Kind == InterviewResultKind.Ok ? TypedResults.Accepted($"/api/interviews/{id}", result.Value) : Problem(result);
    }

    public static async Task<Results<Ok<InterviewReport>, ContentHttpResult, ProblemHttpResult>> GetReport(
        string id, string? format, ClaimsPrincipal user, InterviewService interviews, CancellationToken cancellationToken)
    {
        var kind = (format ?? "json").Trim().ToLowerInvariant();
        if (kind is not ("json" or "md" or "markdown" or "html"))
        {
            return TypedResults.Problem(detail: $"Unknown report format '{format}'; use json, md or html.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await interviews.GetReportAsync(CallerIds.Of(user), id, cancellationToken);
        if (result.Value is not { } report)
        {
            return Problem(result);
        }

        return kind switch
        {
            "md" or "markdown" => TypedResults.Text(MarkdownReportRenderer.Render(report), "text/markdown; charset=utf-8"),
            "html" => TypedResults.Text(HtmlReportRenderer.Render(report), "text/html; charset=utf-8"),
            _ => TypedResults.Ok(report),
        };
    }

    private static async IAsyncEnumerable<InterviewView> Watch(
        InterviewService interviews, string id, TimeSpan lifetime, TimeProvider time, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Bounded so that idle connections do not pile up; EventSource clients reconnect by themselves.
        using var expiry = new CancellationTokenSource(lifetime, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        await using var views = interviews.WatchAsync(id, linked.Token).GetAsyncEnumerator(linked.Token);
        while (true)
        {
            bool more;
            try
            {
                more = await views.MoveNextAsync();
            }
            catch (OperationCanceledException) when (expiry.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            yield return views.Current;
        }
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(detail: $"There is no interview '{id}'.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult Problem<T>(InterviewResult<T> result)
        where T : class =>
        TypedResults.Problem(
            detail: result.Detail,
            statusCode: result.Kind == InterviewResultKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict);

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // A stored text may be longer than an inline one may be (documents keep up to Documents:MaxOutputChars); the
    // interview gets the same bound either way.
    // The cut never splits a surrogate pair (a lone half would not survive JSON).
    private static string Cap(string text, int maxChars) =>
        text.Length <= maxChars ? text : text[..(char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars)];

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
