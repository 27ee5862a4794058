using Microsoft.Extensions.Logging;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Jobs;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Synthesis;

namespace MockInterview.Speech.Worker;

/// <summary>Checks each registered engine by running it: every synthesiser speaks a short phrase in the first voice
/// preset it accepts, and every recogniser transcribes what was spoken. An engine that throws
/// <see cref="SpeechEngineUnavailableException"/> (library, model or tool missing) is unavailable, with its message.</summary>
internal sealed class SpeechEngineProbe(
    IEnumerable<ISpeechRecognizer> recognizers,
    IEnumerable<ISpeechSynthesizer> synthesizers,
    TimeProvider time,
    ILogger<SpeechEngineProbe> logger,
    ISpeechSynthesis? synthesis = null,
    IAudioEncoder? encoder = null,
    IAudioDecoder? decoder = null)
{
    private const string Phrase = "Ready when you are.";
    private const int MaxProblemChars = 500;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<SpeechEngineState>> CheckAsync(CancellationToken cancellationToken)
    {
        var states = new List<SpeechEngineState>();
        PcmAudio? spoken = null;
        foreach (var synthesizer in synthesizers)
        {
            var (state, audio) = await CheckSynthesizerAsync(synthesizer, cancellationToken).ConfigureAwait(false);
            states.Add(state);
            spoken ??= audio;
        }

        var probeAudio = await ForRecognitionAsync(spoken, cancellationToken).ConfigureAwait(false);
        foreach (var recognizer in recognizers)
        {
            states.Add(await CheckRecognizerAsync(recognizer, probeAudio, cancellationToken).ConfigureAwait(false));
        }

        foreach (var state in states.Where(s => !s.Available))
        {
            logger.LogWarning("Speech engine {Engine} ({Kind}) is unavailable: {Problem}", state.Name, state.Kind, state.Problem);
        }

        return states;
    }

    private async Task<(SpeechEngineState State, PcmAudio? Audio)> CheckSynthesizerAsync(ISpeechSynthesizer synthesizer, CancellationToken cancellationToken)
    {
        var voices = synthesis?.Voices is { Count: > 0 } presets ? presets : ["default"];
        string problem = "No voice preset uses this engine.";
        foreach (var voice in voices)
        {
            try
            {
                using var limit = Limit(cancellationToken);
                await foreach (var chunk in synthesizer.SynthesizeAsync(Phrase, voice, limit.Token).ConfigureAwait(false))
                {
                    return (State(synthesizer.Name, SpeechJobKind.Synthesize, null), chunk);
                }

                problem = "It produced no audio.";
            }
            catch (SpeechInputException ex) when (ex.Code == "unknownVoice")
            {
                // This preset belongs to another engine; try the next one.
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return (State(synthesizer.Name, SpeechJobKind.Synthesize, Describe(ex)), null);
            }
        }

        return (State(synthesizer.Name, SpeechJobKind.Synthesize, problem), null);
    }

    private async Task<SpeechEngineState> CheckRecognizerAsync(ISpeechRecognizer recognizer, PcmAudio audio, CancellationToken cancellationToken)
    {
        try
        {
            using var limit = Limit(cancellationToken);
            await recognizer.TranscribeAsync(audio, null, limit.Token).ConfigureAwait(false);
            return State(recognizer.Name, SpeechJobKind.Transcribe, null);
        }
        catch (SpeechInputException)
        {
            // The engine ran and judged the audio (e.g. no speech in the hum used when no synthesiser works).
            return State(recognizer.Name, SpeechJobKind.Transcribe, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return State(recognizer.Name, SpeechJobKind.Transcribe, Describe(ex));
        }
    }

    private CancellationTokenSource Limit(CancellationToken cancellationToken)
    {
        var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        return limit;
    }

    private SpeechEngineState State(string name, SpeechJobKind kind, string? problem) =>
        new(name, kind, problem is null, problem is { Length: > MaxProblemChars } ? problem[..MaxProblemChars] + "…" : problem, time.GetUtcNow());

    private static string Describe(Exception ex) => ex switch
    {
        SpeechEngineUnavailableException => ex.Message,
        OperationCanceledException => $"The check did not finish within {Timeout.TotalSeconds:0} s.",
        _ => $"The check failed ({ex.GetType().Name}): {ex.Message}",
    };

    /// <summary>The spoken phrase at the recognisers' rate, converted the way uploads are (WAV through the decoder);
    /// a hum when nothing was spoken or it cannot be converted.</summary>
    private async Task<PcmAudio> ForRecognitionAsync(PcmAudio? spoken, CancellationToken cancellationToken)
    {
        if (spoken is null || spoken.SampleRate == PcmAudio.RecognitionSampleRate)
        {
            return spoken ?? Hum();
        }

        if (encoder is null || decoder is null)
        {
            return Hum();
        }

        try
        {
            using var wav = new MemoryStream();
            await encoder.WriteWavAsync(spoken, wav, cancellationToken).ConfigureAwait(false);
            wav.Position = 0;
            return await decoder.DecodeAsync(wav, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The engine check could not convert the spoken phrase for the recognisers; they are checked on a hum.");
            return Hum();
        }
    }

    /// <summary>A second of a voiced-sounding hum, used when no synthesiser could speak the phrase.</summary>
    private static PcmAudio Hum()
    {
        var samples = new short[PcmAudio.RecognitionSampleRate];
        for (var i = 0; i < samples.Length; i++)
        {
            var t = (double)i / PcmAudio.RecognitionSampleRate;
            samples[i] = (short)(6000 * (Math.Sin(2 * Math.PI * 140 * t) + 0.5 * Math.Sin(2 * Math.PI * 280 * t) + 0.25 * Math.Sin(2 * Math.PI * 700 * t)) / 1.75);
        }

        return new PcmAudio(samples, PcmAudio.RecognitionSampleRate);
    }
}
