using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Worker;

/// <summary>Registers the speech worker.</summary>
public static class SpeechWorkerServiceCollectionExtensions
{
    /// <summary>Adds <see cref="SpeechWorkerOptions"/> (section <c>Speech:Worker</c>, validated at start), the job
    /// processor, <see cref="SpeechWorkerStatus"/> and the worker as a hosted service.</summary>
    /// <remarks>The host also registers storage (<c>AddStorage</c>: the queues and heartbeats) and the engines
    /// (<c>AddSpeechRecognition</c>, <c>AddSpeechSynthesis</c>); without an engine, its jobs fail as engineUnavailable.</remarks>
    public static IServiceCollection AddSpeechWorker(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SpeechWorkerOptions>()
            .Bind(configuration.GetSection(SpeechWorkerOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SpeechWorkerOptions>, SpeechWorkerOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SpeechEngineProbe>();
        services.TryAddSingleton(sp => new SpeechWorkerStatus(
            sp.GetRequiredService<IOptions<SpeechWorkerOptions>>().Value,
            sp.GetRequiredService<SpeechEngineProbe>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<SpeechJobProcessor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SpeechWorkerService>());
        return services;
    }
}
