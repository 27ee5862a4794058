using Microsoft.Extensions.DependencyInjection;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Recognition;

namespace MockInterview.Speech.Tests.Support;

/// <summary>One set of default speech services for the whole test run, so the pocketsphinx model is loaded once per
/// decoder, as in the worker, rather than once per test.</summary>
internal static class SharedSpeech
{
    private static readonly Lazy<ServiceProvider> Provider = new(() => SpeechServices.Create());

    public static ISpeechRecognizer Recognizer => Provider.Value.GetRequiredService<ISpeechRecognizer>();

    public static IAudioDecoder Decoder => Provider.Value.GetRequiredService<IAudioDecoder>();
}
