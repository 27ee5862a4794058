using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MockInterview.Candidates;
using MockInterview.Candidates.Jobs;
using MockInterview.Functions.Auth;
using MockInterview.Functions.Interviews;
using MockInterview.Functions.Resumes;

namespace MockInterview.Functions.Jobs;

/// <summary>The job description endpoints under <c>/api/jobs</c> (see docs/api-contract.md); each caller sees only their own.</summary>
internal static class JobsApi
{
    /// <summary>Maps the job description endpoints.</summary>
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/jobs").WithTags("Jobs").RequireAuthorization();
        api.MapPost("/", CreateJob).WithName("CreateJob")
            .WithSummary("Store a job description; returns its parsed profile (required and nice-to-have skills, seniority, years, responsibilities).");
        api.MapGet("/{id}", GetJob).WithName("GetJob").WithSummary("A stored job description and its parsed profile.");
        api.MapDelete("/{id}", DeleteJob).WithName("DeleteJob").WithSummary("Delete a job description.");
        return app;
    }

    public static async Task<Results<Created<JobView>, ValidationProblem, ProblemHttpResult>> CreateJob(
        CreateJobRequest request, ClaimsPrincipal user, JobService jobs, IOptions<CandidatesOptions> options, CancellationToken cancellationToken)
    {
        var errors = Validate(request, options.Value);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, InterviewRequestValidation.Summary(errors));
        }

        try
        {
            var (record, _) = await jobs.CreateAsync(CallerIds.Of(user), request.Text!, request.Title, cancellationToken);
            return TypedResults.Created($"/api/jobs/{record.Id}", JobView.From(record));
        }
        catch (OwnerLimitReachedException limit)
        {
            return CodedProblems.From(limit);
        }
    }

    public static async Task<Results<Ok<JobView>, ProblemHttpResult>> GetJob(
        string id, ClaimsPrincipal user, JobService jobs, CancellationToken cancellationToken) =>
        await jobs.GetAsync(CallerIds.Of(user), id, cancellationToken) is { } record
            ? TypedResults.Ok(JobView.From(record))
            : CodedProblems.NotFound("job description", id);

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteJob(
        string id, ClaimsPrincipal user, JobService jobs, CancellationToken cancellationToken) =>
        await jobs.DeleteAsync(CallerIds.Of(user), id, cancellationToken)
            ? TypedResults.NoContent()
            : CodedProblems.NotFound("job description", id);

    /// <summary>Checks a job description text given inline (<paramref name="field"/> names it in errors).</summary>
    public static void ValidateText(Dictionary<string, string[]> errors, string field, string? text, CandidatesOptions options, bool required)
    {
        if (text is null || string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors[field] = [$"{field} is required: the job description as plain text."];
            }
            else if (text is not null)
            {
                errors[field] = [$"{field} is empty: send the job description as plain text, or leave {field} out."];
            }

            return;
        }

        InterviewRequestValidation.MaxLength(errors, field, text, options.MaxJobDescriptionChars);
    }

    private static Dictionary<string, string[]> Validate(CreateJobRequest request, CandidatesOptions options)
    {
        var errors = new Dictionary<string, string[]>();
        ValidateText(errors, "text", request.Text, options, required: true);
        InterviewRequestValidation.MaxLength(errors, "title", request.Title, options.MaxJobTitleChars);
        return errors;
    }
}
