using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
    /// (section <c>Documents</c>), the local file store, the embedded record store, <see cref="ResumeService"/> and <see cref="JobService"/>.</summary>
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
        services.TryAddSingleton<IFileStore>(sp =>
        {
            var folder = sp.GetRequiredService<IOptions<CandidatesOptions>>().Value.FilesFolder;
            return new FolderFileStore(Path.IsPathRooted(folder) ? folder : Path.Combine(contentRoot, folder));
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
