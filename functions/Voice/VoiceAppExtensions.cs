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


    private static bool HostsWorker(IConfiguration configuration)
    {
        var value = configuration[InProcessWorkerKey];
        return string.IsNullOrWhiteSpace(value)
            || (bool.TryParse(value, out var inProcess)
                ? inProcess
                : throw new InvalidOperationException($"{InProcessWorkerKey} must be true or false; it is '{value}'."));
    }
}
