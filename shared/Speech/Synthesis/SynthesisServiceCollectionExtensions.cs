using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MockInterview.Sandbox;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Encoders;
using MockInterview.Speech.Synthesis.Piper;

namespace MockInterview.Speech.Synthesis;

/// <summary>Registers text-to-speech.</summary>
public static class SynthesisServiceCollectionExtensions
{
    /// <summary>Adds the flite, espeak-ng and Piper <see cref="ISpeechSynthesizer"/>s, the <see cref="IAudioEncoder"/>
    /// (section <c>Speech:Encoding</c>) and <see cref="ISpeechSynthesis"/> / <see cref="IStreamingSpeechSynthesis"/>
    /// (section <c>Speech:Synthesis</c>), with options validated at start.</summary>
    /// <remarks>The host registers the <c>IFileStore</c> the audio is kept in. Engines are found on first use: without
    /// them the app starts, <see cref="ISpeechSynthesis.FindCachedAsync"/> still answers, and synthesis fails with
    /// <see cref="SpeechEngineUnavailableException"/> naming the setting or package to fix.</remarks>
    public static IServiceCollection AddSpeechSynthesis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SynthesisOptions>().Bind(configuration.GetSection(SynthesisOptions.SectionName)).ValidateOnStart();
        services.AddOptions<AudioEncoderOptions>().Bind(configuration.GetSection(AudioEncoderOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SynthesisOptions>, SynthesisOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AudioEncoderOptions>, AudioEncoderOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SandboxedProcessRunner>();
        services.TryAddSingleton<IAudioEncoder, AudioEncoder>();
        services.TryAddSingleton<VoiceCatalog>();
        services.TryAddSingleton<SynthesisProcess>();
        services.TryAddSingleton<SynthesisCounters>();
        services.TryAddSingleton<SpeechCompression>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISpeechSynthesizer, FliteSynthesizer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISpeechSynthesizer, EspeakSynthesizer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISpeechSynthesizer, PiperSynthesizer>());
        services.TryAddSingleton<SpeechSynthesis>();
        services.TryAddSingleton<ISpeechSynthesis>(provider => provider.GetRequiredService<SpeechSynthesis>());
        services.TryAddSingleton<IStreamingSpeechSynthesis>(provider => provider.GetRequiredService<SpeechSynthesis>());
        return services;
    }
}
