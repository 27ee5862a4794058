namespace MockInterview.Speech.Synthesis;

/// <summary>What the worker does for a synthesise job: speaks the text with the configured engine, stores WAV and
/// compressed audio, and keeps it so that the same text in the same voice is spoken once (question audio cache).</summary>
public interface ISpeechSynthesis
{
    /// <summary>The voice presets, e.g. "professional", "warm"; the first is the default.</summary>
    IReadOnlyList<string> Voices { get; }

    /// <summary>Speaks <paramref name="text"/> in <paramref name="voice"/> (null: the default), or returns the stored
    /// audio when it was spoken before (<see cref="SynthesizedSpeech.FromCache"/>).</summary>
    /// <exception cref="Audio.SpeechInputException">Empty or too long text, or an unknown voice.</exception>
    /// <exception cref="SpeechEngineUnavailableException">No synthesiser can run here.</exception>
    Task<SynthesizedSpeech> SynthesizeAsync(string text, string? voice, CancellationToken cancellationToken);

    /// <summary>As <see cref="SynthesizeAsync(string, string?, CancellationToken)"/>; with <paramref name="compressedFirst"/>
    /// it returns only once the compressed copy is stored too (<see cref="SynthesizedSpeech.CompressedKey"/> set, unless
    /// no compressor can run here), for a caller that cannot wait for the copy made after the WAV. An implementation
    /// that makes no compressed copies ignores it.</summary>
    Task<SynthesizedSpeech> SynthesizeAsync(string text, string? voice, bool compressedFirst, CancellationToken cancellationToken) =>
        SynthesizeAsync(text, voice, cancellationToken);

    /// <summary>The stored audio of <paramref name="text"/> in <paramref name="voice"/> when it was spoken before;
    /// null otherwise. Cheap: the app asks this before it enqueues a job.</summary>
    Task<SynthesizedSpeech?> FindCachedAsync(string text, string? voice, CancellationToken cancellationToken);
}
