using Microsoft.AspNetCore.Hosting;

namespace MockInterview.Benchmarks;

/// <summary>The real app in process for <c>./run.sh bench resume</c>'s HTTP figure: its own temporary databases and
/// file folder, extraction settings as the app has them (defaults or <c>Documents__*</c> variables).</summary>
internal sealed class ResumeHttpHost : InProcessAppHost
{
    public ResumeHttpHost()
        : base("mock-interview-bench-resume-")
    {
    }

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Candidates:ConnectionString", $"Data Source={DataPath("candidates.db")}");
        builder.UseSetting("Candidates:FilesFolder", DataPath("files"));
    }
}
