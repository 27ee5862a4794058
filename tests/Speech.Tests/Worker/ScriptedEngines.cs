using System.Runtime.CompilerServices;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Synthesis;

namespace MockInterview.Speech.Tests.Worker;

/// <summary>A recogniser port scripted by the test (the worker's engine check runs it).</summary>
internal sealed class ScriptedRecognizer(string name = "scripted-stt") : ISpeechRecognizer
{
    public string Name => name;

    public Exception? Failure { get; set; }

    private int calls;

    public int Calls => Volatile.Read(ref calls);

    /// <summary>When set, each call waits for it (a slow engine check).</summary>
    public Task? Hold { get; set; }

    public async Task<Transcript> TranscribeAsync(PcmAudio audio, double? endOfTurnSilenceSeconds, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        if (Hold is { } hold)
        {
            await hold.WaitAsync(cancellationToken);
        }

        return Failure is null
            ? new Transcript("ready", [], audio.DurationSeconds, audio.DurationSeconds, false, name)
            : throw Failure;
    }
}

/// <summary>A synthesiser port scripted by the test: speaks a second of silence in the voices it knows.</summary>
internal sealed class ScriptedSynthesizer(string name = "scripted-tts", params string[] voices) : ISpeechSynthesizer
{
    public string Name => name;

    public Exception? Failure { get; set; }

    public List<string> VoicesAsked { get; } = [];

    public async IAsyncEnumerable<PcmAudio> SynthesizeAsync(string text, string voice, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        VoicesAsked.Add(voice);
        await Task.Yield();
        if (Failure is not null)
        {
            throw Failure;
        }

        if (voices.Length > 0 && !voices.Contains(voice))
        {
            throw new SpeechInputException("unknownVoice", $"No voice '{voice}'.");
        }

        yield return new PcmAudio(new short[PcmAudio.RecognitionSampleRate], PcmAudio.RecognitionSampleRate);
    }
}
