using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockInterview.Speech.Recognition;
using MockInterview.Storage.Files;

namespace MockInterview.Speech.Tests.Support;

/// <summary>The speech-to-text services wired as the worker wires them (AddSpeechRecognition), from in-memory settings.</summary>
internal static class SpeechServices
{
    public static ServiceProvider Create(IDictionary<string, string?>? settings = null, IFileStore? files = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        if (files is not null)
        {
            services.AddSingleton(files);
        }

        return services.AddSpeechRecognition(configuration).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
