using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Storage.Files;
using MockInterview.Storage.Heartbeats;
using MockInterview.Storage.Queues;

namespace MockInterview.Storage;

/// <summary>Registers the storage ports with their local adapters.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds the file store (a folder, section <c>Storage:Files</c>), the work queues and the heartbeat store
    /// (one SQLite file, section <c>Storage:Queues</c>), with their options validated at start. Calling it again adds nothing.</summary>
    /// <remarks>Relative paths are placed under the content root (<c>contentRoot</c> in configuration, else the current
    /// directory). The folder and the database are created on first use, not at start.</remarks>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(QueueDatabase)))
        {
            return services;
        }

        var contentRoot = configuration["contentRoot"] is { Length: > 0 } root ? root : Directory.GetCurrentDirectory();
        services.AddOptions<FileStoreOptions>()
            .Bind(configuration.GetSection(FileStoreOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FileStoreOptions>, FileStoreOptionsValidator>());
        services.AddOptions<WorkQueueOptions>()
            .Bind(configuration.GetSection(WorkQueueOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkQueueOptions>, WorkQueueOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<IFileStore>(sp =>
            new FolderFileStore(UnderRoot(sp.GetRequiredService<IOptions<FileStoreOptions>>().Value.Folder, contentRoot)));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WorkQueueOptions>>().Value;
            return new QueueDatabase(
                UnderRoot(options.Database, contentRoot),
                options.BusyTimeoutMilliseconds,
                sp.GetService<ILoggerFactory>()?.CreateLogger<QueueDatabase>());
        });
        services.TryAddSingleton<IWorkQueue, SqliteWorkQueue>();
        services.TryAddSingleton<IHeartbeatStore, SqliteHeartbeatStore>();
        return services;
    }

    private static string UnderRoot(string path, string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path));
}
