using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Client;

/// <summary>Registers the app's side of the speech queue.</summary>
public static class SpeechClientServiceCollectionExtensions
{
    /// <summary>Adds <see cref="SpeechClientOptions"/> (section <c>Speech:Client</c>, validated at start),
    /// <see cref="SpeechClient"/>, the result waiters and handler, and <see cref="SpeechAvailability"/>. With
    /// <paramref name="listen"/> (local hosting) the app consumes the results queue itself; in Azure the Functions host
    /// delivers it to the <c>SpeechResults</c> function, which calls the same <see cref="SpeechResultHandler"/>.</summary>
    /// <remarks>The host registers the file store, the queue, the heartbeat store and <c>ISpeechSynthesis</c> (for its cache).</remarks>
    public static IServiceCollection AddSpeechClient(this IServiceCollection services, IConfiguration configuration, bool listen)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SpeechClientOptions>().Bind(configuration.GetSection(SpeechClientOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SpeechClientOptions>, SpeechClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SpeechResultWaiters>();
        services.TryAddSingleton<SpeechAvailability>();
        services.TryAddSingleton<SpeechResultHandler>();
        services.TryAddSingleton<SpeechClient>();
        if (listen)
        {
            services.AddHostedService<SpeechResultListener>();
        }

        return services;
    }
}
