using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Candidates.Storage;
using MockInterview.Resumes.Jobs;

namespace MockInterview.Candidates.Jobs;

/// <summary>Stores, reads and deletes job descriptions, each parsed once when stored.</summary>
/// <remarks>Lengths are checked by the caller (the HTTP layer answers 400 with the field); logs carry ids only.</remarks>
public sealed partial class JobService(IJobStore store, IOptions<CandidatesOptions> options, TimeProvider time, ILogger<JobService> logger)
{
    /// <summary>Parses and stores a job description for <paramref name="owner"/>.</summary>
    /// <exception cref="OwnerLimitReachedException">The owner keeps <c>Candidates:MaxJobsPerOwner</c> job descriptions already.</exception>
    public async Task<(JobRecord Record, JobProfile Profile)> CreateAsync(string owner, string text, string? title, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var profile = JobDescriptionParser.Parse(text);
        var record = new JobRecord(
            CandidateIds.New(), owner, string.IsNullOrWhiteSpace(title) ? profile.Title : title.Trim(), text.Trim(), CandidateJson.Serialize(profile), time.GetUtcNow());
        var max = options.Value.MaxJobsPerOwner;
        if (!await store.TryAddAsync(record, max, CancellationToken.None).ConfigureAwait(false))
        {
            throw new OwnerLimitReachedException($"You already keep {max} job descriptions, the most allowed. Delete one (DELETE /api/jobs/{{id}}) and try again.");
        }

        LogStored(logger, record.Id, record.Text.Length);
        return (record, profile);
    }

    /// <summary>The job <paramref name="id"/> of <paramref name="owner"/>; null when there is none or it is someone else's.</summary>
    public Task<JobRecord?> GetAsync(string owner, string? id, CancellationToken cancellationToken) =>
        CandidateIds.IsValid(id) ? store.GetAsync(owner, id!, cancellationToken) : Task.FromResult<JobRecord?>(null);

    /// <summary>Deletes the job; false when there is none or it is someone else's.</summary>
    public async Task<bool> DeleteAsync(string owner, string id, CancellationToken cancellationToken) =>
        CandidateIds.IsValid(id) && await store.DeleteAsync(owner, id, cancellationToken).ConfigureAwait(false);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored job description {JobId}: {Chars} characters.")]
    private static partial void LogStored(ILogger logger, string jobId, int chars);
}
