using MockInterview.Speech.Audio;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>A flite-spoken answer cut as the browser cuts it: phrases with pauses between them, thinking time before the
/// first, each cut in the middle of a pause, so that the pieces are contiguous WAVs and the last one is the tail.</summary>
public sealed class AnswerPieceAudio
{
    private AnswerPieceAudio(int rate, IReadOnlyList<short[]> pieces)
    {
        Rate = rate;
        Pieces = [.. pieces.Select(p => SpokenAudio.Wav((double)p.Length / rate, i => p[i], rate))];
        Seconds = [.. pieces.Select(p => (double)p.Length / rate)];
    }

    public int Rate { get; }

    /// <summary>The pieces as WAVs, in order; the last is the tail.</summary>
    public IReadOnlyList<byte[]> Pieces { get; }

    /// <summary>The length of each piece.</summary>
    public IReadOnlyList<double> Seconds { get; }

    /// <summary>Speaks each phrase, joins them with <paramref name="pauseSeconds"/> of silence after
    /// <paramref name="thinkingSeconds"/> of it, and cuts in the middle of every pause.</summary>
    public static async Task<AnswerPieceAudio> SpeakAsync(IReadOnlyList<string> phrases, double thinkingSeconds = 0.5, double pauseSeconds = 0.8)
    {
        var rate = 0;
        var pieces = new List<short[]>();
        var before = 0.0;
        for (var i = 0; i < phrases.Count; i++)
        {
            var (phraseRate, speech) = Samples(await SpokenAudio.WavAsync(phrases[i]));
            rate = phraseRate;
            var after = i == phrases.Count - 1 ? 0.3 : pauseSeconds / 2;
            pieces.Add([.. new short[(int)(before * rate)], .. speech, .. new short[(int)(after * rate)]]);
            before = pauseSeconds / 2;
        }

        pieces[0] = [.. new short[(int)(thinkingSeconds * rate)], .. pieces[0]];
        return new AnswerPieceAudio(rate, pieces);
    }

    /// <summary>Asserts that no file in the app's store holds any of <paramref name="uploads"/>: answer audio is deleted
    /// once transcribed. (The whole folder cannot be compared: question audio lands in it meanwhile, spoken ahead of need.)</summary>
    public static void AssertNotStored(VoiceApiFixture app, params byte[][] uploads)
    {
        foreach (var path in app.StoredFiles())
        {
            Assert.False(uploads.Any(upload => Holds(path, upload)), $"{Path.GetFileName(path)} holds uploaded audio");
        }
    }

    /// <summary>The sample rate and 16-bit mono samples of a PCM WAV.</summary>
    public static (int Rate, short[] Samples) Samples(byte[] wav)
    {
        var format = WavReader.ReadFormat(wav);
        return (format.SampleRate, Resampler.ToPcm16(WavReader.ReadMono(wav, format), format.SampleRate, format.SampleRate));
    }

    private static bool Holds(string path, byte[] bytes)
    {
        try
        {
            return new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder, or a file deleted meanwhile.
            return false;
        }
    }
}
