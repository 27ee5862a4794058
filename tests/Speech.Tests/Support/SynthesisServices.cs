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

    public SynthesisServices(IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        Files = new FolderFileStore(Path.Combine(folder.Path, "files"));
        Provider = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IFileStore>(Files)
            .AddSpeechSynthesis(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

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
