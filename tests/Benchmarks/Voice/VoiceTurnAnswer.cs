using MockInterview.Speech.Audio;

namespace MockInterview.Benchmarks.Voice;

/// <summary>One spoken answer of the benchmark: its audio, the whole WAV (for <c>--whole</c>) and its pieces as the
/// browser would cut and upload them.</summary>
internal sealed class VoiceTurnAnswer
{
    public VoiceTurnAnswer(PcmAudio audio)
    {
        Audio = audio;
        Wav = WavWriter.ToBytes(audio);
        Cuts = AnswerPieceCutter.Cut(audio, out var speechStart);
        SpeechStartSeconds = speechStart;
    }

    /// <summary>When the browser's detector knows the candidate has started to speak (it reports it then).</summary>
    public double SpeechStartSeconds { get; }

    /// <summary>The answer's samples.</summary>
    public PcmAudio Audio { get; }

    /// <summary>The whole answer as one WAV.</summary>
    public byte[] Wav { get; }

    /// <summary>The pieces before the tail.</summary>
    public IReadOnlyList<AnswerPieceCut> Cuts { get; }

    /// <summary>The answer's length in seconds (its end is the end of the candidate's audio).</summary>
    public double Seconds => Audio.DurationSeconds;

    /// <summary>Where the tail starts, in samples.</summary>
    public int TailStart => Cuts.Count == 0 ? 0 : Cuts[^1].End;

    /// <summary>The tail's length in seconds.</summary>
    public double TailSeconds => (double)(Audio.Samples.Length - TailStart) / Audio.SampleRate;

    /// <summary>Piece <paramref name="index"/> as its own 16-bit PCM WAV, as the browser encodes it.</summary>
    public byte[] PieceWav(int index) => Slice(Cuts[index].Start, Cuts[index].End);

    /// <summary>The tail as its own WAV.</summary>
    public byte[] TailWav() => Slice(TailStart, Audio.Samples.Length);

    private byte[] Slice(int start, int end) => WavWriter.ToBytes(new PcmAudio(Audio.Samples[start..end], Audio.SampleRate));
}
