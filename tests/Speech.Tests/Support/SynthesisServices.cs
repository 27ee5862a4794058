using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockInterview.Speech.Synthesis;
using MockInterview.Storage.Files;
using MockInterview.TestSupport;

namespace MockInterview.Speech.Tests.Support;

/// <summary>The text-to-speech services wired as the worker wires them (AddSpeechSynthesis), with a folder file store
/// in a temporary folder, from in-memory settings.</summary>
internal sealed class SynthesisServices : IDisposable
{
    private readonly TempFolder folder = new("speech-tests-tts");

    /// <param name="settings">In-memory settings.</param>
    /// <param name="configure">Registrations made before AddSpeechSynthesis, which keeps them (e.g. an encoder around the real one).</param>
    public SynthesisServices(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        Files = new FolderFileStore(Path.Combine(folder.Path, "files"));
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IFileStore>(Files);
        configure?.Invoke(services);
        Provider = services
            .AddSpeechSynthesis(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>The files in the store's folder, temporary ones included.</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(Files.Folder) ? Directory.GetFiles(Files.Folder, "*", SearchOption.AllDirectories) : [];

    /// <summary>The background encoder of compressed copies.</summary>
    public SpeechCompression Compression => Provider.GetRequiredService<SpeechCompression>();

    public ServiceProvider Provider { get; }

    public FolderFileStore Files { get; }

    /// <summary>The synthesis service as registered, with its counters.</summary>
    public SpeechSynthesis Synthesis => (SpeechSynthesis)Provider.GetRequiredService<ISpeechSynthesis>();

    /// <summary>The registered synthesiser called <paramref name="name"/>.</summary>
    public ISpeechSynthesizer Synthesizer(string name) => Provider.GetServices<ISpeechSynthesizer>().Single(s => s.Name == name);

    public void Dispose()
    {
        Provider.Dispose();
        folder.Dispose();
    }
}
