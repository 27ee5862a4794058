using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Speech.Client;

namespace MockInterview.Benchmarks.Voice;

/// <summary>The real app in process for <c>./run.sh bench voice</c>: the offline brain, the speech worker in-process
/// with the local engines, its own temporary databases, queue and file folder, the system clock.</summary>
internal sealed class VoiceTurnHost : InProcessAppHost
{
    public VoiceTurnHost()
        : base("mock-interview-bench-voice-")
    {
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

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Candidates:ConnectionString", $"Data Source={DataPath("candidates.db")}");
        builder.UseSetting("Storage:Files:Folder", DataPath("files"));
        builder.UseSetting("Storage:Queues:Database", DataPath("queues.db"));
        builder.UseSetting("Interviewer:Brain", "offline");
        builder.UseSetting("Speech:Worker:InProcess", "true");
    }
}
