namespace MockInterview.Candidates.Jobs;

/// <summary>The job description records, each visible to its owner only.</summary>
public interface IJobStore
{
    /// <summary>Adds <paramref name="job"/> unless its owner already has <paramref name="maxPerOwner"/> job descriptions.</summary>
    /// <returns>False when the owner is at the limit (nothing was written).</returns>
    Task<bool> TryAddAsync(JobRecord job, int maxPerOwner, CancellationToken cancellationToken);

    /// <summary>The job <paramref name="id"/> of <paramref name="owner"/>; null when there is none or another caller owns it.</summary>
    Task<JobRecord?> GetAsync(string owner, string id, CancellationToken cancellationToken);

    /// <summary>Deletes the job <paramref name="id"/> of <paramref name="owner"/>; false when there was none or another caller owns it.</summary>
    Task<bool> DeleteAsync(string owner, string id, CancellationToken cancellationToken);
}
