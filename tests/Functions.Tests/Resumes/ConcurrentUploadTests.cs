using System.Net;

namespace MockInterview.Functions.Tests.Resumes;

/// <summary>Uploads racing each other: the per-caller limit holds exactly, and every stored record has its file.</summary>
public sealed class ConcurrentUploadTests(ResumeApiFixture app) : IClassFixture<ResumeApiFixture>
{
    [Fact]
    public async Task UploadResume_ManyAtOnceBySeveralCallers_StoresEachWithItsFile()
    {
        var rowsBefore = await app.CountRowsAsync();
        var filesBefore = app.StoredFiles().Count;
        var uploads = Enumerable.Range(0, 8)
            .Select(i => app.ClientFor($"parallel-{i}").UploadAsync(Uploads.Utf8(Uploads.PlainResume + $"\nReference {i}"), "resume.txt", "text/plain"));

        var responses = await Task.WhenAll(uploads);

        var ids = new HashSet<string>();
        foreach (var response in responses)
        {
            ids.Add((string)(await ResumeUploadTests.ReadCreatedAsync(response))["id"]!);
        }

        Assert.Equal(8, ids.Count);
        Assert.Equal(rowsBefore + 8, await app.CountRowsAsync());
        Assert.Equal(filesBefore + 8, app.StoredFiles().Count);
    }

    [Fact]
    public async Task UploadResume_ManyAtOnceByOneCaller_StoresExactlyTheLimitAndRefusesTheRest()
    {
        var client = app.ClientFor("racer");
        var rowsBefore = await app.CountRowsAsync();
        var filesBefore = app.StoredFiles().Count;

        var responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(i => client.UploadAsync(Uploads.Utf8(Uploads.PlainResume + $"\nCopy {i}"), $"resume-{i}.txt", "text/plain")));

        Assert.Equal(ResumeApiFixture.MaxResumesPerOwner, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(10 - ResumeApiFixture.MaxResumesPerOwner, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(rowsBefore + ResumeApiFixture.MaxResumesPerOwner, await app.CountRowsAsync());
        Assert.Equal(filesBefore + ResumeApiFixture.MaxResumesPerOwner, app.StoredFiles().Count);
    }
}
