using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Storage.Files;
using MockInterview.Storage.Queues;
using MockInterview.TestSupport;

namespace MockInterview.GpuWorker.Tests;

/// <summary>The gpu-worker app hosted in the test process with its real engines, on a temporary queue database and
/// file folder.</summary>
public sealed class WorkerApp : WebApplicationFactory<Program>
{
    private readonly TempFolder folder = new("gpu-worker");
    private readonly Dictionary<string, string?> settings;

    public WorkerApp()
        : this([])
    {
    }

    internal WorkerApp(Dictionary<string, string?> settings) => this.settings = settings;

    public string QueueDatabase => Path.Combine(folder.Path, "queues.db");

    public IWorkQueue Queue => Services.GetRequiredService<IWorkQueue>();

    public IFileStore Files => Services.GetRequiredService<IFileStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Queues:Database", QueueDatabase);
        builder.UseSetting("Storage:Files:Folder", Path.Combine(folder.Path, "files"));
        builder.UseSetting("Speech:Worker:MaxConcurrentJobs", "2");
        builder.UseSetting("Speech:Worker:WorkerId", "gpu-worker-under-test");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            folder.Dispose();
        }
    }
}
