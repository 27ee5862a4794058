using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Storage;
using MockInterview.Storage.Files;
using MockInterview.Candidates.Jobs;
using MockInterview.Candidates.Resumes;
using MockInterview.Candidates.Storage;
using MockInterview.Documents;
using MockInterview.Sqlite;

namespace MockInterview.Candidates;

/// <summary>Registers the candidate documents feature.</summary>
public static class CandidatesServiceCollectionExtensions
{
    /// <summary>Adds <see cref="CandidatesOptions"/> (section <c>Candidates</c>, validated at start), document extraction
    /// (section <c>Documents</c>), storage (<see cref="StorageServiceCollectionExtensions.AddStorage"/>: the file store),
    /// the embedded record store, <see cref="ResumeService"/> and <see cref="JobService"/>.</summary>
    /// <remarks>Relative paths are placed under the content root (<c>contentRoot</c> in configuration, else the current
    /// directory). The database and the folder are created on first use, not at start.</remarks>
    public static IServiceCollection AddCandidates(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var contentRoot = configuration["contentRoot"] is { Length: > 0 } root ? root : Directory.GetCurrentDirectory();

        services.AddDocumentExtraction(configuration);
        services.AddOptions<CandidatesOptions>()
            .Bind(configuration.GetSection(CandidatesOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CandidatesOptions>, CandidatesOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddStorage(configuration);

        // Candidates:FilesFolder named the file store's folder before storage had its own section; it still does when
        // Storage:Files:Folder is not set.
        services.AddOptions<FileStoreOptions>().Configure(files =>
        {
            if (string.IsNullOrEmpty(configuration[$"{FileStoreOptions.SectionName}:{nameof(FileStoreOptions.Folder)}"])
                && configuration[$"{CandidatesOptions.SectionName}:{nameof(CandidatesOptions.FilesFolder)}"] is { Length: > 0 } folder)
            {
                files.Folder = folder;
            }
        });
        services.TryAddSingleton(sp => new CandidateDatabase(
            () => SqliteConnectionStrings.Resolve(sp.GetRequiredService<IOptions<CandidatesOptions>>().Value.ConnectionString, contentRoot),
            sp.GetService<ILoggerFactory>()?.CreateLogger<CandidateDatabase>()));
        services.TryAddSingleton<IResumeStore, SqliteResumeStore>();
        services.TryAddSingleton<ResumeService>();
        services.TryAddSingleton<IJobStore, SqliteJobStore>();
        services.TryAddSingleton<JobService>();
        return services;
    }
}
