using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MockInterview.Sandbox;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Recognition.PocketSphinx;
using MockInterview.Speech.Recognition.Whisper;

namespace MockInterview.Speech.Recognition;

/// <summary>Registers speech-to-text.</summary>
public static class RecognitionServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IAudioDecoder"/> (section <c>Speech:Audio</c>), the <see cref="ISpeechRecognizer"/> that
    /// <c>Speech:Recognition:Engine</c> chooses, and <see cref="ISpeechTranscription"/>, with options validated at start.</summary>
    /// <remarks>The host registers the <c>IFileStore</c> the transcription reads from. Engines load their library and
    /// model on first use: without them the app starts and a transcription fails with
    /// <see cref="SpeechEngineUnavailableException"/> naming the setting or package to fix.</remarks>
    public static IServiceCollection AddSpeechRecognition(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AudioOptions>().Bind(configuration.GetSection(AudioOptions.SectionName)).ValidateOnStart();
        services.AddOptions<RecognitionOptions>().Bind(configuration.GetSection(RecognitionOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AudioOptions>, AudioOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RecognitionOptions>, RecognitionOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SandboxedProcessRunner>();
        services.TryAddSingleton<FfmpegAudioConverter>();
        services.TryAddSingleton<IAudioDecoder, AudioDecoder>();
        services.TryAddSingleton<PocketSphinxDecoderPool>();
        services.TryAddSingleton<WhisperContextPool>();
        services.TryAddSingleton<PocketSphinxRecognizer>();
        services.TryAddSingleton<WhisperRecognizer>();
        services.TryAddSingleton<ISpeechRecognizer>(provider =>
            provider.GetRequiredService<IOptions<RecognitionOptions>>().Value.ChosenEngine == RecognitionEngine.Whisper
                ? provider.GetRequiredService<WhisperRecognizer>()
                : provider.GetRequiredService<PocketSphinxRecognizer>());
        services.TryAddSingleton<ISpeechTranscription, SpeechTranscription>();
        return services;
    }
}
