using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MockInterview.Candidates;
using MockInterview.Candidates.Resumes;
using MockInterview.Documents;
using MockInterview.Candidates.Jobs;
using MockInterview.Functions.Auth;
using MockInterview.Functions.Interviews;
using MockInterview.Functions.Jobs;
using MockInterview.Resumes.Jobs;
using MockInterview.Resumes.Scoring;

namespace MockInterview.Functions.Resumes;

/// <summary>The resume endpoints under <c>/api/resumes</c> (see docs/api-contract.md); each caller sees only their own.</summary>
internal static class ResumesApi
{
    /// <summary>Maps the resume endpoints.</summary>
    public static IEndpointRouteBuilder MapResumesApi(this IEndpointRouteBuilder app)
    {
        var maxFileBytes = app.ServiceProvider.GetRequiredService<IOptions<DocumentExtractionOptions>>().Value.MaxBytes;
        var api = app.MapGroup("/api/resumes").WithTags("Resumes").RequireAuthorization();
        api.MapPost("/", UploadResume).WithName("UploadResume")
            .WithSummary("Upload a resume (multipart/form-data, one part named 'file': PDF, DOCX, TXT or MD); returns its text and parsed profile.")
            .WithMetadata(new UploadSizeLimit(ResumeUploadReader.MaxRequestBytes(maxFileBytes)));
        api.MapGet("/{id}", GetResume).WithName("GetResume").WithSummary("A stored resume: file facts, extracted text and parsed profile.");
        api.MapDelete("/{id}", DeleteResume).WithName("DeleteResume").WithSummary("Delete a resume and its file.");
        api.MapPost("/{id}/score", ScoreResume).WithName("ScoreResume")
            .WithSummary("Explained ATS-style score against a job description (inline or stored), or a general resume-quality score without one.");
        return app;
    }

    public static async Task<Results<Created<ResumeView>, ProblemHttpResult>> UploadResume(
        HttpRequest request,
        ClaimsPrincipal user,
        ResumeService resumes,
        IOptions<CandidatesOptions> options,
        IOptions<DocumentExtractionOptions> documents,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        UploadedFile file;

        // Slow bodies (slowloris) are cut off: Kestrel's minimum data rate does not apply behind every host.
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.UploadTimeoutSeconds), time))
        using (var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            try
            {
                file = await ResumeUploadReader.ReadAsync(request, documents.Value.MaxBytes, reading.Token);
            }
            catch (UploadRejectedException rejected)
            {
                return CodedProblems.Create(rejected.StatusCode, rejected.Code, rejected.Detail);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return CodedProblems.Create(
                    StatusCodes.Status408RequestTimeout,
                    "uploadTimedOut",
                    $"The upload did not arrive within {options.Value.UploadTimeoutSeconds} seconds; try again on a better connection.");
            }
        }

        using (file.Content)
        {
            try
            {
                var record = await resumes.UploadAsync(CallerIds.Of(user), file.Content, file.FileName, file.ContentType, cancellationToken);
                return TypedResults.Created($"/api/resumes/{record.Id}", ResumeView.From(record));
            }
            catch (DocumentRejectedException rejected)
            {
                return CodedProblems.From(rejected);
            }
            catch (DocumentExtractionUnavailableException unavailable)
            {
                return CodedProblems.From(unavailable);
            }
            catch (OwnerLimitReachedException limit)
            {
                return CodedProblems.From(limit);
            }
        }
    }

    public static async Task<Results<Ok<ResumeView>, ProblemHttpResult>> GetResume(
        string id, ClaimsPrincipal user, ResumeService resumes, CancellationToken cancellationToken) =>
        await resumes.GetAsync(CallerIds.Of(user), id, cancellationToken) is { } record
            ? TypedResults.Ok(ResumeView.From(record))
            : CodedProblems.NotFound("resume", id);

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteResume(
        string id, ClaimsPrincipal user, ResumeService resumes, CancellationToken cancellationToken) =>
        await resumes.DeleteAsync(CallerIds.Of(user), id, cancellationToken)
            ? TypedResults.NoContent()
            : CodedProblems.NotFound("resume", id);

    public static async Task<Results<Ok<AtsScore>, ValidationProblem, ProblemHttpResult>> ScoreResume(
        string id,
        ScoreResumeRequest? request,
        ClaimsPrincipal user,
        ResumeService resumes,
        JobService jobs,
        IOptions<CandidatesOptions> options,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        JobsApi.ValidateText(errors, "jobDescription", request?.JobDescription, options.Value, required: false);
        if (request is { JobDescription: not null, JobId: not null })
        {
            errors["jobId"] = ["Send jobDescription or jobId, not both."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, InterviewRequestValidation.Summary(errors));
        }

        var owner = CallerIds.Of(user);
        if (await resumes.GetAsync(owner, id, cancellationToken) is not { } resume)
        {
            return CodedProblems.NotFound("resume", id);
        }

        JobProfile? job = null;
        if (request?.JobId is { } jobId)
        {
            if (await jobs.GetAsync(owner, jobId, cancellationToken) is not { } stored)
            {
                return CodedProblems.Create(StatusCodes.Status422UnprocessableEntity, "jobNotFound", $"There is no job description '{Shorten(jobId)}' to score against.");
            }

            job = JobDescriptionParser.Parse(stored.Text);
        }
        else if (request?.JobDescription is { } text)
        {
            job = JobDescriptionParser.Parse(text);
        }

        return TypedResults.Ok(AtsScorer.Score(ResumeService.ProfileOf(resume), job));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
