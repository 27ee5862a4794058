using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.Clock;

namespace MockInterview.Benchmarks;

/// <summary>The real app (HTTP pipeline, workflow engine, SQLite files) in process, on an accelerated clock and a
/// fresh data folder.</summary>
internal sealed class BenchmarkHost(double speed) : InProcessAppHost("mock-interview-bench-")
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new AcceleratedTimeProvider(speed)));
    }
}
