using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using MockInterview.Candidates.Resumes;

namespace MockInterview.Candidates.Tests.Support;

/// <summary>The feature as the app registers it (real extractor, SQLite file, folder), on a temporary folder.</summary>
internal sealed class CandidatesHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    public CandidatesHost(Action<IServiceCollection>? configure = null, Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Candidates:ConnectionString"] = $"Data Source={System.IO.Path.Combine(Folder.Path, "candidates.db")}",
            ["Candidates:FilesFolder"] = System.IO.Path.Combine(Folder.Path, "files"),
            ["Candidates:MaxResumesPerOwner"] = "2",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        collection.AddCandidates(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        configure?.Invoke(collection);
        services = collection.BuildServiceProvider();
    }

    public TempFolder Folder { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public ResumeService Resumes => services.GetRequiredService<ResumeService>();

    public IResumeStore Store => services.GetRequiredService<IResumeStore>();

    public string[] Files => Folder.Entries("files");

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public static void Replace<TService>(IServiceCollection services, Func<IServiceProvider, TService> factory)
        where TService : class =>
        services.Replace(ServiceDescriptor.Singleton(factory));

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Folder.Dispose();
    }
}
