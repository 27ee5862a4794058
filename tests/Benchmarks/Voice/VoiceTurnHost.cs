using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockInterview.Speech.Client;

namespace MockInterview.Benchmarks.Voice;

/// <summary>The real app in process for <c>./run.sh bench voice</c>: the offline brain, the speech worker in-process
/// with the local engines, its own temporary databases, queue and file folder, the system clock.</summary>
internal sealed class VoiceTurnHost : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("mock-interview-bench-voice-");

    public VoiceTurnHost()
    {
        AppContentRoot.EnsureSet();
    }

    /// <summary>Waits until the in-process speech worker's heartbeat is seen; false after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForWorkerAsync(TimeSpan timeout)
    {
        var availability = Services.GetRequiredService<SpeechAvailability>();
        using var limit = new CancellationTokenSource(timeout);
        while (!await availability.IsWorkerAliveAsync(CancellationToken.None))
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), limit.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        return true;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Workflows:ConnectionString", $"Data Source={Path.Combine(data.FullName, "workflows.db")}");
        builder.UseSetting("Interviews:ConnectionString", $"Data Source={Path.Combine(data.FullName, "interviews.db")}");
        builder.UseSetting("Candidates:ConnectionString", $"Data Source={Path.Combine(data.FullName, "candidates.db")}");
        builder.UseSetting("Storage:Files:Folder", Path.Combine(data.FullName, "files"));
        builder.UseSetting("Storage:Queues:Database", Path.Combine(data.FullName, "queues.db"));
        builder.UseSetting("Interviewer:Brain", "offline");
        builder.UseSetting("Speech:Worker:InProcess", "true");
        builder.ConfigureLogging(logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Error));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            data.Delete(recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a file for a moment; the folder is under the temp path.
        }
    }
}
