using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Candidates.Resumes;
using MockInterview.Candidates.Storage;
using MockInterview.Candidates.Tests.Support;
using MockInterview.Documents;

namespace MockInterview.Candidates.Tests.Resumes;

/// <summary>The upload pipeline on the real extractor, SQLite file and folder: all or nothing, owners apart, no
/// personal data in logs.</summary>
public sealed class ResumeServiceTests
{
    private const string Resume = """
        Grace Hopper
        grace.hopper@example.org | +1 555 0100

        Experience
        Staff Engineer, Harbor Systems — Mar 2019 – Present
        - Built the billing pipeline in Go and PostgreSQL.

        Skills
        Go, PostgreSQL, Terraform
        """;

    [Fact]
    public async Task UploadAsync_TextResume_StoresFileAndRecordWithProfile()
    {
        await using var host = new CandidatesHost();

        var record = await host.Resumes.UploadAsync("owner", Stream(Resume), "grace.txt", "text/plain", CancellationToken.None);

        Assert.Single(host.Files);
        Assert.Equal(Path.Combine(host.Folder.Path, "files", record.FileKey), host.Files[0]);
        var fetched = await host.Resumes.GetAsync("owner", record.Id, CancellationToken.None);
        Assert.Equal(record, fetched! with { Warnings = record.Warnings });
        Assert.Equal(record.Warnings, fetched.Warnings);
        var skills = CandidateJson.Deserialize<System.Text.Json.Nodes.JsonObject>(record.ProfileJson!)["skills"]!.AsArray().Select(s => (string?)s!["name"]).ToList();
        Assert.Contains("PostgreSQL", skills);
        Assert.Equal(ResumeService.ProfileOf(record).Skills.Select(s => s.Name), skills);
    }

    [Fact]
    public async Task UploadAsync_RecordWriteFails_DeletesTheSavedFile()
    {
        await using var host = new CandidatesHost(services => CandidatesHost.Replace<IResumeStore>(
            services, sp => new FailingStore(new SqliteResumeStore(sp.GetRequiredService<CandidateDatabase>()), failAdd: true)));

        await Assert.ThrowsAsync<SqliteException>(() => host.Resumes.UploadAsync("owner", Stream(Resume), "cv.txt", null, CancellationToken.None));

        Assert.Empty(host.Files);
        Assert.Equal(0, await host.Store.CountAsync("owner", CancellationToken.None));
    }

    [Fact]
    public async Task UploadAsync_LimitReachedBetweenCheckAndInsert_DeletesTheSavedFileAndRefuses()
    {
        // The count says there is room; the insert (the real, atomic check) finds the owner full.
        await using var host = new CandidatesHost(
            services => CandidatesHost.Replace<IResumeStore>(
                services, sp => new FailingStore(new SqliteResumeStore(sp.GetRequiredService<CandidateDatabase>()), countAlwaysZero: true)),
            new Dictionary<string, string?> { ["Candidates:MaxResumesPerOwner"] = "1" });
        await host.Resumes.UploadAsync("owner", Stream(Resume), "first.txt", null, CancellationToken.None);

        await Assert.ThrowsAsync<OwnerLimitReachedException>(() => host.Resumes.UploadAsync("owner", Stream(Resume), "second.txt", null, CancellationToken.None));

        Assert.Single(host.Files);
    }

    [Fact]
    public async Task UploadAsync_RejectedDocument_StoresNothing()
    {
        await using var host = new CandidatesHost();

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() =>
            host.Resumes.UploadAsync("owner", Stream("%PDF-1.7\nnot really"), "cv.pdf", "application/pdf", CancellationToken.None));

        Assert.Equal(DocumentRejectionReason.Corrupt, error.Reason);
        Assert.Empty(host.Files);
        Assert.Equal(0, await host.Store.CountAsync("owner", CancellationToken.None));
    }

    [Fact]
    public async Task UploadAsync_OverTheSizeLimit_ReadsOnlyOneBytePastIt()
    {
        await using var host = new CandidatesHost(settings: new Dictionary<string, string?> { ["Documents:MaxBytes"] = "1024" });
        var content = new MemoryStream(new byte[10 * 1024]);

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() => host.Resumes.UploadAsync("owner", content, "cv.txt", null, CancellationToken.None));

        Assert.Equal(DocumentRejectionReason.TooLarge, error.Reason);
        Assert.Equal(1025, content.Position);
    }

    [Fact]
    public async Task GetAndDeleteAsync_OtherOwner_SeeNothingAndDeleteNothing()
    {
        await using var host = new CandidatesHost();
        var record = await host.Resumes.UploadAsync("owner", Stream(Resume), "cv.txt", null, CancellationToken.None);

        Assert.Null(await host.Resumes.GetAsync("intruder", record.Id, CancellationToken.None));
        Assert.False(await host.Resumes.DeleteAsync("intruder", record.Id, CancellationToken.None));
        Assert.Single(host.Files);

        Assert.True(await host.Resumes.DeleteAsync("owner", record.Id, CancellationToken.None));
        Assert.Empty(host.Files);
        Assert.Null(await host.Resumes.GetAsync("owner", record.Id, CancellationToken.None));
    }

    [Fact]
    public async Task UploadAndDelete_Logs_NeverCarryContactDetailsTextOrFileName()
    {
        await using var host = new CandidatesHost();

        var record = await host.Resumes.UploadAsync("owner", Stream(Resume), "Grace Hopper CV.txt", null, CancellationToken.None);
        await host.Resumes.DeleteAsync("owner", record.Id, CancellationToken.None);
        await Assert.ThrowsAsync<DocumentRejectedException>(() => host.Resumes.UploadAsync("owner", Stream(""), "Grace Hopper CV.txt", null, CancellationToken.None));

        Assert.Contains(host.Logs.Messages, m => m.Contains(record.Id, StringComparison.Ordinal));
        foreach (var secret in new[] { "Grace", "Hopper", "grace.hopper@example.org", "555 0100", "billing pipeline" })
        {
            Assert.DoesNotContain(host.Logs.Messages, m => m.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }

        Assert.DoesNotContain("Grace", record.ToString(), StringComparison.Ordinal);
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>The real store with one fault injected.</summary>
    private sealed class FailingStore(IResumeStore inner, bool failAdd = false, bool countAlwaysZero = false) : IResumeStore
    {
        public Task<bool> TryAddAsync(ResumeRecord resume, int maxPerOwner, CancellationToken cancellationToken) =>
            failAdd ? throw new SqliteException("disk I/O error", 10) : inner.TryAddAsync(resume, maxPerOwner, cancellationToken);

        public Task<ResumeRecord?> GetAsync(string owner, string id, CancellationToken cancellationToken) => inner.GetAsync(owner, id, cancellationToken);

        public Task<ResumeRecord?> DeleteAsync(string owner, string id, CancellationToken cancellationToken) => inner.DeleteAsync(owner, id, cancellationToken);

        public Task<int> CountAsync(string owner, CancellationToken cancellationToken) => countAlwaysZero ? Task.FromResult(0) : inner.CountAsync(owner, cancellationToken);
    }
}
