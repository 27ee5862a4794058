using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Storage.Files;
using MockInterview.Candidates.Storage;
using MockInterview.Documents;
using MockInterview.Resumes.Profiles;

namespace MockInterview.Candidates.Resumes;

using DocumentFormat = MockInterview.Documents.DocumentFormat;

/// <summary>Uploads, reads and deletes resumes: validate → extract text → parse → store the file, then the record.</summary>
/// <remarks>An upload either ends with both the file and the record stored, or with neither: a rejected document stores
/// nothing, and a failed record write deletes the file just saved. Logs carry ids, formats and sizes, never the file
/// name, the text or contact details.</remarks>
public sealed partial class ResumeService(
    IDocumentTextExtractor extractor,
    IResumeStore store,
    IFileStore files,
    IOptions<CandidatesOptions> options,
    IOptions<DocumentExtractionOptions> documents,
    TimeProvider time,
    ILogger<ResumeService> logger)
{
    /// <summary>Stores a resume for <paramref name="owner"/>.</summary>
    /// <param name="owner">The caller.</param>
    /// <param name="content">The file's bytes; read up to one byte past <c>Documents:MaxBytes</c>, not disposed.</param>
    /// <param name="fileName">The name the caller gave the file (sanitised before use).</param>
    /// <param name="contentType">The declared media type, if any.</param>
    /// <param name="cancellationToken">Cancels the upload; nothing is stored.</param>
    /// <exception cref="DocumentRejectedException">The document cannot be read; nothing was stored.</exception>
    /// <exception cref="DocumentExtractionUnavailableException">A PDF tool is missing on this server.</exception>
    /// <exception cref="OwnerLimitReachedException">The owner keeps <c>Candidates:MaxResumesPerOwner</c> resumes already.</exception>
    public async Task<ResumeRecord> UploadAsync(string owner, Stream content, string? fileName, string? contentType, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentNullException.ThrowIfNull(content);
        var max = options.Value.MaxResumesPerOwner;

        // Checked first so that a caller at the limit does not cost an extraction; the insert checks again atomically.
        if (await store.CountAsync(owner, cancellationToken).ConfigureAwait(false) >= max)
        {
            throw LimitReached(max);
        }

        var started = Stopwatch.GetTimestamp();
        byte[] bytes;
        using (var read = await BoundedStream.ReadAtMostAsync(content, documents.Value.MaxBytes + 1, cancellationToken).ConfigureAwait(false))
        {
            bytes = read.ToArray();
        }

        var name = UploadFileNames.Sanitize(fileName);

        // The extractor owns every verdict on the bytes, the size limit included (it sees the one byte too many).
        var extracted = await extractor.ExtractAsync(new MemoryStream(bytes, writable: false), name, contentType, cancellationToken).ConfigureAwait(false);
        var uploadedAt = time.GetUtcNow();
        var profile = ResumeParser.Parse(extracted.Text, DateOnly.FromDateTime(uploadedAt.UtcDateTime));
        var record = new ResumeRecord(
            CandidateIds.New(),
            owner,
            FileKeys.New(),
            name,
            extracted.Format,
            bytes.Length,
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            uploadedAt,
            extracted.PageCount,
            extracted.Text,
            CandidateJson.Serialize(profile),
            extracted.Warnings);

        await files.SaveAsync(record.FileKey, new MemoryStream(bytes, writable: false), cancellationToken).ConfigureAwait(false);
        bool added;
        try
        {
            // Not cancellable: a write abandoned while queued could still commit after the file was removed.
            added = await store.TryAddAsync(record, max, CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            await DeleteFileAsync(record, "its record could not be written").ConfigureAwait(false);
            throw;
        }

        if (!added)
        {
            await DeleteFileAsync(record, "its owner reached the resume limit meanwhile").ConfigureAwait(false);
            throw LimitReached(max);
        }

        LogStored(logger, record.Id, record.Format, record.SizeBytes, record.Text.Length, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return record;
    }

    /// <summary>The resume <paramref name="id"/> of <paramref name="owner"/>; null when there is none or it is someone else's.</summary>
    public Task<ResumeRecord?> GetAsync(string owner, string id, CancellationToken cancellationToken) =>
        CandidateIds.IsValid(id) ? store.GetAsync(owner, id, cancellationToken) : Task.FromResult<ResumeRecord?>(null);

    /// <summary>The parsed profile of a stored resume, as it was parsed at upload (same text, same "as of" date).</summary>
    public static ResumeProfile ProfileOf(ResumeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return ResumeParser.Parse(record.Text, DateOnly.FromDateTime(record.UploadedAt.UtcDateTime));
    }

    /// <summary>Deletes the resume and its file; false when there is none or it is someone else's.</summary>
    public async Task<bool> DeleteAsync(string owner, string id, CancellationToken cancellationToken)
    {
        // Not cancellable once asked: a delete abandoned while queued could still commit and leave its file behind.
        if (!CandidateIds.IsValid(id) || await store.DeleteAsync(owner, id, CancellationToken.None).ConfigureAwait(false) is not { } deleted)
        {
            return false;
        }

        await DeleteFileAsync(deleted, "its resume was deleted").ConfigureAwait(false);
        LogDeleted(logger, id);
        return true;
    }

    private async Task DeleteFileAsync(ResumeRecord record, string why)
    {
        try
        {
            await files.DeleteAsync(record.FileKey, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogFileNotDeleted(logger, ex, record.FileKey, record.Id, why);
        }
    }

    private static OwnerLimitReachedException LimitReached(int max) =>
        new($"You already keep {max} resumes, the most allowed. Delete one (DELETE /api/resumes/{{id}}) and upload again.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored resume {ResumeId}: {Format}, {SizeBytes} bytes, {Chars} characters of text, in {ElapsedMs:F0} ms.")]
    private static partial void LogStored(ILogger logger, string resumeId, DocumentFormat format, long sizeBytes, int chars, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted resume {ResumeId}.")]
    private static partial void LogDeleted(ILogger logger, string resumeId);

    [LoggerMessage(Level = LogLevel.Error, Message = "File {FileKey} of resume {ResumeId} could not be deleted ({Why}); delete it by hand.")]
    private static partial void LogFileNotDeleted(ILogger logger, Exception exception, string fileKey, string resumeId, string why);
}
