using Microsoft.Extensions.DependencyInjection;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Tests.Audio;
using MockInterview.Speech.Tests.Support;

namespace MockInterview.Speech.Tests.SpeechRecognition;

/// <summary>The pocketsphinx recogniser on flite speech: timings, formats, silence, end of turn, missing engine.</summary>
public sealed class PocketSphinxRecognizerTests
{
    private const string Sentence = "When two colleagues disagreed about the design I brought them together to compare the options.";
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task TranscribeAsync_Speech_WordTimesInOrderInsideTheAudioWithConfidences()
    {
        var audio = AudioFixtures.Join(AudioFixtures.Silence(0.7), await FliteSpeech.PcmAsync(Sentence), AudioFixtures.Silence(0.7));

        var transcript = await SharedSpeech.Recognizer.TranscribeAsync(audio, null, CancellationToken.None).WaitAsync(Bound);

        Assert.Equal("pocketsphinx", transcript.Engine);
        Assert.True(transcript.Words.Count >= 12, transcript.Text);
        Assert.Equal(string.Join(' ', transcript.Words.Select(w => w.Text)), transcript.Text);
        Assert.InRange(transcript.Words[0].StartSeconds, 0.5, 1.0);
        Assert.All(transcript.Words, w =>
        {
            Assert.InRange(w.StartSeconds, 0, audio.DurationSeconds);
            Assert.InRange(w.EndSeconds, w.StartSeconds, audio.DurationSeconds);
            Assert.InRange(w.Confidence, 0, 1);
            Assert.DoesNotContain(w.Text, new[] { "<s>", "</s>", "<sil>", "[noise]" });
            Assert.DoesNotContain("(", w.Text, StringComparison.Ordinal);
        });
        Assert.All(transcript.Words.Zip(transcript.Words.Skip(1)), p => Assert.True(p.First.EndSeconds <= p.Second.StartSeconds));
        Assert.True(transcript.Words.Average(w => w.Confidence) > 0.5, "clear synthetic speech is recognised with high posteriors");
        Assert.False(transcript.EndedBySilence);
        Assert.Equal(audio.DurationSeconds, transcript.AudioSeconds, 3);
    }

    [Theory]
    [InlineData("webm")]
    [InlineData("ogg")]
    [InlineData("mp3")]
    public async Task TranscribeAsync_SameSpeechCompressed_SameTranscriptAsTheWav(string extension)
    {
        var wav = await FliteSpeech.WavAsync(Sentence);
        var compressed = await AudioFixtures.ConvertAsync(wav, extension);

        var fromWav = await TranscribeFileAsync(wav);
        var fromCompressed = await TranscribeFileAsync(compressed);

        // Opus at 32 kbit/s and MP3 change the samples slightly; the words must not change more than a word or two.
        Assert.True(
            WordErrorRate.Compute(fromWav.Text, fromCompressed.Text) <= 0.15,
            $"wav: {fromWav.Text}\n{extension}: {fromCompressed.Text}");
    }

    [Fact]
    public async Task TranscribeAsync_Silence_NoSpeech()
    {
        var error = await Assert.ThrowsAsync<SpeechInputException>(
            () => SharedSpeech.Recognizer.TranscribeAsync(AudioFixtures.Silence(4), null, CancellationToken.None));

        Assert.Equal("noSpeech", error.Code);
    }

    [Fact]
    public async Task TranscribeAsync_BackgroundNoiseOnly_NoSpeech()
    {
        var error = await Assert.ThrowsAsync<SpeechInputException>(
            () => SharedSpeech.Recognizer.TranscribeAsync(AudioFixtures.Noise(4), 1.0, CancellationToken.None));

        Assert.Equal("noSpeech", error.Code);
    }

    [Fact]
    public async Task TranscribeAsync_TwoEndOfTurnThresholds_EachStopsAtItsOwnPause()
    {
        var (audio, firstEnd, secondEnd) = await VoiceActivityDetectorTests.ThreeSentencesAsync(firstPause: 1.2, secondPause: 3.0);
        var recognizer = SharedSpeech.Recognizer;

        var shortTurn = await recognizer.TranscribeAsync(audio, 1.0, CancellationToken.None).WaitAsync(Bound);
        var longTurn = await recognizer.TranscribeAsync(audio, 2.5, CancellationToken.None).WaitAsync(Bound);
        var whole = await recognizer.TranscribeAsync(audio, null, CancellationToken.None).WaitAsync(Bound);

        Assert.True(shortTurn.EndedBySilence);
        Assert.InRange(shortTurn.AudioSeconds, firstEnd + 0.5, firstEnd + 1.1);
        Assert.Equal(audio.DurationSeconds, shortTurn.ReceivedSeconds, 3);
        Assert.Contains("billing", shortTurn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("half", shortTurn.Text, StringComparison.Ordinal);
        Assert.All(shortTurn.Words, w => Assert.True(w.EndSeconds <= shortTurn.AudioSeconds));

        Assert.True(longTurn.EndedBySilence);
        Assert.InRange(longTurn.AudioSeconds, secondEnd + 2.0, secondEnd + 2.6);
        Assert.Contains("half", longTurn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("team", longTurn.Text, StringComparison.Ordinal);

        Assert.False(whole.EndedBySilence);
        Assert.Contains("team", whole.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscribeAsync_LongAnswerSplitIntoPieces_AsAccurateAsOnePiece()
    {
        var texts = InterviewAnswers.Sentences.Take(4).ToArray();
        var sentences = await Task.WhenAll(texts.Select(s => FliteSpeech.PcmAsync(s)));
        var audio = AudioFixtures.Join([.. sentences.SelectMany(s => new[] { s, AudioFixtures.Silence(0.6) })]);
        var reference = string.Join(' ', texts);
        using var services = SpeechServices.Create(new Dictionary<string, string?> { ["Speech:Recognition:PocketSphinx:PieceSeconds"] = "120" });

        var pieces = await SharedSpeech.Recognizer.TranscribeAsync(audio, null, CancellationToken.None).WaitAsync(Bound);
        var single = await services.GetRequiredService<ISpeechRecognizer>().TranscribeAsync(audio, null, CancellationToken.None).WaitAsync(Bound);

        // A cut changes the language-model context at its edges, so a word or two may differ; a piece lost or decoded
        // twice would cost a whole sentence.
        Assert.True(
            WordErrorRate.Compute(reference, pieces.Text) <= WordErrorRate.Compute(reference, single.Text) + 0.08,
            $"one piece: {single.Text}\npieces: {pieces.Text}");
        Assert.All(pieces.Words.Zip(pieces.Words.Skip(1)), p => Assert.True(p.First.EndSeconds <= p.Second.StartSeconds));
    }

    [Fact]
    public async Task TranscribeAsync_LibraryMissing_EngineUnavailableWithInstallHint()
    {
        using var services = SpeechServices.Create(new Dictionary<string, string?>
        {
            ["Speech:Recognition:PocketSphinx:LibraryPath"] = "/nonexistent/libpocketsphinx.so.3",
        });
        var audio = await FliteSpeech.PcmAsync(Sentence);

        var error = await Assert.ThrowsAsync<SpeechEngineUnavailableException>(
            () => services.GetRequiredService<ISpeechRecognizer>().TranscribeAsync(audio, null, CancellationToken.None));

        Assert.Contains("apt-get install libpocketsphinx3 pocketsphinx-en-us", error.Message, StringComparison.Ordinal);
        Assert.Contains("Speech:Recognition:PocketSphinx:LibraryPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscribeAsync_LibraryMissingAndAudioSilent_EngineUnavailableRatherThanNoSpeech()
    {
        using var services = SpeechServices.Create(new Dictionary<string, string?>
        {
            ["Speech:Recognition:PocketSphinx:LibraryPath"] = "/nonexistent/libpocketsphinx.so.3",
        });

        await Assert.ThrowsAsync<SpeechEngineUnavailableException>(
            () => services.GetRequiredService<ISpeechRecognizer>().TranscribeAsync(AudioFixtures.Silence(2), null, CancellationToken.None));
    }

    [Fact]
    public async Task TranscribeAsync_ModelMissing_EngineUnavailableNamingTheSetting()
    {
        using var services = SpeechServices.Create(new Dictionary<string, string?>
        {
            ["Speech:Recognition:PocketSphinx:LanguageModelPath"] = "/nonexistent/en-us.lm.bin",
        });
        var audio = await FliteSpeech.PcmAsync(Sentence);

        var error = await Assert.ThrowsAsync<SpeechEngineUnavailableException>(
            () => services.GetRequiredService<ISpeechRecognizer>().TranscribeAsync(audio, null, CancellationToken.None));

        Assert.Contains("Speech:Recognition:PocketSphinx:LanguageModelPath", error.Message, StringComparison.Ordinal);
    }

    private static async Task<Transcript> TranscribeFileAsync(byte[] file)
    {
        var audio = await SharedSpeech.Decoder.DecodeAsync(new MemoryStream(file), CancellationToken.None);
        return await SharedSpeech.Recognizer.TranscribeAsync(audio, null, CancellationToken.None).WaitAsync(Bound);
    }
}
