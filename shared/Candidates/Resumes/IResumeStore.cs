namespace MockInterview.Candidates.Resumes;

/// <summary>The resume records, each visible to its owner only.</summary>
public interface IResumeStore
{
    /// <summary>Adds <paramref name="resume"/> unless its owner already has <paramref name="maxPerOwner"/> resumes.</summary>
    /// <returns>False when the owner is at the limit (nothing was written).</returns>
    Task<bool> TryAddAsync(ResumeRecord resume, int maxPerOwner, CancellationToken cancellationToken);

    /// <summary>The resume <paramref name="id"/> of <paramref name="owner"/>; null when there is none or another caller owns it.</summary>
    Task<ResumeRecord?> GetAsync(string owner, string id, CancellationToken cancellationToken);

    /// <summary>Deletes the resume <paramref name="id"/> of <paramref name="owner"/> and returns what was deleted; null when
    /// there was none or another caller owns it.</summary>
    Task<ResumeRecord?> DeleteAsync(string owner, string id, CancellationToken cancellationToken);

    /// <summary>How many resumes <paramref name="owner"/> has.</summary>
    Task<int> CountAsync(string owner, CancellationToken cancellationToken);
}
