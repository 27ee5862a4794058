using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Resumes;

/// <summary>The app on its own temporary databases and file folder with a manual clock; one per test class, so a class
/// can assert what is (not) stored. It counts the request body bytes the app reads.</summary>
public sealed class ResumeApiFixture : WebApplicationFactory<Program>
{
    /// <summary>The resume limit per caller in these tests.</summary>
    public const int MaxResumesPerOwner = 3;

    /// <summary>The upload timeout in these tests, in seconds.</summary>
    public const int UploadTimeoutSeconds = 30;

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "mockinterview-resumes-" + Guid.NewGuid().ToString("N"));

    /// <summary>Request body bytes the app has read in the latest request.</summary>
    public BodyReadCounter BodyReads { get; } = new();

    /// <summary>The app's clock.</summary>
    public ManualTimeProvider Clock { get; } = new();

    /// <summary>The folder of stored files.</summary>
    public string FilesFolder => Path.Combine(dataDirectory, "files");

    private string CandidatesDatabase => Path.Combine(dataDirectory, "candidates.db");

    /// <summary>A client acting as <paramref name="user"/>.</summary>
    public HttpClient ClientFor(string user)
    {
        // No redirect handler: it buffers request bodies, and these tests send bodies that stop or never end.
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-User-Id", user);
        return client;
    }

    /// <summary>The files in the store's folder (temporary ones included).</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(FilesFolder) ? Directory.GetFileSystemEntries(FilesFolder, "*", SearchOption.AllDirectories) : [];

    /// <summary>The number of rows in <paramref name="table"/> (0 when the database was never created).</summary>
    public async Task<long> CountRowsAsync(string table = "resumes")
    {
        if (!File.Exists(CandidatesDatabase))
        {
            return 0;
        }

        await using var connection = new SqliteConnection($"Data Source={CandidatesDatabase};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Asserts that nothing at all is stored: no resume or job row, no file.</summary>
    public async Task AssertNothingStoredAsync()
    {
        Assert.Equal(0, await CountRowsAsync("resumes"));
        Assert.Equal(0, await CountRowsAsync("jobs"));
        Assert.Empty(StoredFiles());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dataDirectory);
        builder.UseSetting("Workflows:ConnectionString", $"Data Source={Path.Combine(dataDirectory, "workflows.db")}");
        builder.UseSetting("Interviews:ConnectionString", $"Data Source={Path.Combine(dataDirectory, "interviews.db")}");
        builder.UseSetting("Candidates:ConnectionString", $"Data Source={CandidatesDatabase}");
        builder.UseSetting("Candidates:FilesFolder", FilesFolder);
        builder.UseSetting("Candidates:MaxResumesPerOwner", MaxResumesPerOwner.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Candidates:UploadTimeoutSeconds", UploadTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Generous wall-clock and concurrency limits: test classes upload PDFs in parallel on a small, busy machine. The
        // CPU limit (what stops a decompression bomb) stays at its default of one second.
        builder.UseSetting("Documents:Timeout", "00:00:30");
        builder.UseSetting("Documents:MaxConcurrentPdfExtractions", "8");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter>(BodyReads);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a file for a moment; the folder is under the temp path.
        }
    }
}
