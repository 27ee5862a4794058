using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MockInterview.Storage.Files;
using MockInterview.Storage.Heartbeats;
using MockInterview.Storage.Queues;
using MockInterview.TestSupport;

namespace MockInterview.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempFolder root = new("storage-di");

    [Fact]
    public async Task AddStorage_Defaults_KeepsQueuesAndFilesUnderTheContentRoot()
    {
        await using var services = Build([]);

        await services.GetRequiredService<IWorkQueue>().EnqueueAsync(QueueNames.SpeechJobs, "job", null, CancellationToken.None);
        await services.GetRequiredService<IHeartbeatStore>().BeatAsync("speech-workers", "w", "{}", CancellationToken.None);
        await services.GetRequiredService<IFileStore>().SaveAsync(FileKeys.New(), new MemoryStream([1, 2, 3]), CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(root.Path, "data", "queues.db")));
        Assert.Single(root.Entries(Path.Combine("data", "files")));
    }

    [Fact]
    public async Task AddStorage_CalledTwice_RegistersOneQueue()
    {
        var collection = new ServiceCollection();
        var configuration = Configuration([]);
        collection.AddStorage(configuration).AddStorage(configuration);
        await using var services = collection.BuildServiceProvider();

        Assert.Single(services.GetServices<IWorkQueue>());
        Assert.Single(services.GetServices<IFileStore>());
    }

    [Theory]
    [InlineData("Storage:Queues:Database", "")]
    [InlineData("Storage:Queues:Database", ":memory:")]
    [InlineData("Storage:Queues:Database", "Data Source=x.db;Mode=Memory")]
    [InlineData("Storage:Queues:BusyTimeoutMilliseconds", "-1")]
    [InlineData("Storage:Files:Folder", " ")]
    public async Task AddStorage_BadSetting_FailsValidationNamingIt(string key, string value)
    {
        await using var services = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = services.GetRequiredService<IOptions<WorkQueueOptions>>().Value;
            _ = services.GetRequiredService<IOptions<FileStoreOptions>>().Value;
        });
        Assert.Contains(key.Split(':')[^1], error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => root.Dispose();

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var collection = new ServiceCollection();
        collection.AddStorage(Configuration(settings));
        return collection.BuildServiceProvider();
    }

    private IConfiguration Configuration(Dictionary<string, string?> settings)
    {
        settings["contentRoot"] = root.Path;
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }
}
