using Microsoft.AspNetCore.DataProtection;
using MockInterview.Functions.CustomHandler;
using MockInterview.Functions.Hosting;
using MockInterview.Speech.Client;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Synthesis;
using MockInterview.Speech.Worker;
using MockInterview.Storage;

namespace MockInterview.Functions.Voice;

/// <summary>Wires voice into the app: storage, the speech client, the results function, and locally the speech worker.</summary>
internal static class VoiceAppExtensions
{
    /// <summary>The setting that hosts the speech worker inside the app (default true: one local process does it all).</summary>
    public const string InProcessWorkerKey = "Speech:Worker:InProcess";

    /// <summary>The setting of the folder of the Data Protection key ring (the keys of answer-piece tokens): set it to a
    /// folder every app instance shares when several run outside Azure; unset, the default location is used (on Azure
    /// App Service and Functions a folder under %HOME%, shared by the instances of the app).</summary>
    public const string DataProtectionKeysFolderKey = "DataProtection:KeysFolder";

    /// <summary>The Data Protection application name: instances with the same name and key ring read each other's tokens.</summary>
    public const string DataProtectionApplicationName = "MockInterview";

    /// <summary>
    /// Adds the file store, queues and heartbeats, the synthesis service (its question-audio cache and presets), the
    /// speech client and the <c>SpeechResults</c> queue function. Locally (no Functions host) the app consumes the
    /// results queue itself; with <c>Speech:Worker:InProcess</c> it also runs the speech worker and its engines.
    /// </summary>
    public static WebApplicationBuilder AddVoice(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var local = HostingMode.RunsLocally(configuration);
        builder.Services.AddStorage(configuration);
        builder.Services.AddSpeechSynthesis(configuration);
        builder.Services.AddSpeechClient(configuration, listen: local);
        builder.Services.AddQuestionAudioPrefetch();
        builder.Services.AddAnswerPieceTokens(configuration);

        var connection = configuration.GetSection(SpeechClientOptions.SectionName)[nameof(SpeechClientOptions.QueueConnectionSetting)];
        builder.Services.AddFunctionTrigger(
            SpeechResultsFunction.Name,
            SpeechResultsFunction.Bindings(string.IsNullOrWhiteSpace(connection) ? new SpeechClientOptions().QueueConnectionSetting : connection),
            SpeechResultsFunction.HandleAsync);

        if (local && HostsWorker(configuration))
        {
            builder.Services.AddSpeechRecognition(configuration);
            builder.Services.AddSpeechWorker(configuration);
        }

        return builder;
    }

    /// <summary>Adds Data Protection (the key ring, shared through <see cref="DataProtectionKeysFolderKey"/> when set) and
    /// the <see cref="AnswerPieceTokens"/> made with it.</summary>
    internal static void AddAnswerPieceTokens(this IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        if (configuration[DataProtectionKeysFolderKey] is { Length: > 0 } folder)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(folder));
        }

        services.AddSingleton<AnswerPieceTokens>();
    }

    private static bool HostsWorker(IConfiguration configuration)
    {
        var value = configuration[InProcessWorkerKey];
        return string.IsNullOrWhiteSpace(value)
            || (bool.TryParse(value, out var inProcess)
                ? inProcess
                : throw new InvalidOperationException($"{InProcessWorkerKey} must be true or false; it is '{value}'."));
    }
}
