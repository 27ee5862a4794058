using Microsoft.Extensions.DependencyInjection;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Tests.Support;
using MockInterview.Storage.Files;
using MockInterview.TestSupport;

namespace MockInterview.Speech.Tests.SpeechRecognition;

/// <summary>The worker's transcribe step against a real folder file store.</summary>
public sealed class SpeechTranscriptionTests
{
    [Fact]
    public async Task TranscribeAsync_StoredWebmAnswer_TranscribedWithEndOfTurn()
    {
        using var folder = new TempFolder("speech-tests-store");
        var store = new FolderFileStore(folder.Path);
        var speech = await FliteSpeech.PcmAsync("I would start by asking the customer what problem they are trying to solve.");
        var wav = AudioFixtures.Wav(AudioFixtures.Join(speech, AudioFixtures.Silence(2.5), speech));
        var key = FileKeys.New();
        await store.SaveAsync(key, new MemoryStream(await AudioFixtures.ConvertAsync(wav, "webm")), CancellationToken.None);
        using var services = SpeechServices.Create(files: store);

        var transcript = await services.GetRequiredService<ISpeechTranscription>().TranscribeAsync(key, 1.5, allowSilence: false, CancellationToken.None)
            .WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(transcript.EndedBySilence);
        Assert.Contains("customer", transcript.Text, StringComparison.Ordinal);
        Assert.Single(transcript.Words, w => w.Text == "customer");
        Assert.True(transcript.ReceivedSeconds > transcript.AudioSeconds + 2);
    }

    [Fact]
    public async Task TranscribeAsync_SilenceWithAllowSilence_EmptyTranscriptOfItsLength()
    {
        using var folder = new TempFolder("speech-tests-store");
        var store = new FolderFileStore(folder.Path);
        var key = FileKeys.New();
        await store.SaveAsync(key, new MemoryStream(AudioFixtures.Wav(AudioFixtures.Silence(2.5))), CancellationToken.None);
        using var services = SpeechServices.Create(files: store);

        var transcript = await services.GetRequiredService<ISpeechTranscription>().TranscribeAsync(key, null, allowSilence: true, CancellationToken.None)
            .WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal("", transcript.Text);
        Assert.Empty(transcript.Words);
        Assert.Equal(2.5, transcript.AudioSeconds, 3);
        Assert.Equal(2.5, transcript.ReceivedSeconds, 3);
        Assert.False(transcript.EndedBySilence);
        Assert.Equal("pocketsphinx", transcript.Engine);
    }

    [Fact]
    public async Task TranscribeAsync_SilenceWithoutAllowSilence_NoSpeech()
    {
        using var folder = new TempFolder("speech-tests-store");
        var store = new FolderFileStore(folder.Path);
        var key = FileKeys.New();
        await store.SaveAsync(key, new MemoryStream(AudioFixtures.Wav(AudioFixtures.Silence(2.5))), CancellationToken.None);
        using var services = SpeechServices.Create(files: store);

        var error = await Assert.ThrowsAsync<SpeechInputException>(
            () => services.GetRequiredService<ISpeechTranscription>().TranscribeAsync(key, null, allowSilence: false, CancellationToken.None));

        Assert.Equal("noSpeech", error.Code);
    }

    [Fact]
    public async Task TranscribeAsync_KeyNotInTheStore_AudioMissing()
    {
        using var folder = new TempFolder("speech-tests-store");
        using var services = SpeechServices.Create(files: new FolderFileStore(folder.Path));

        var error = await Assert.ThrowsAsync<SpeechInputException>(
            () => services.GetRequiredService<ISpeechTranscription>().TranscribeAsync(FileKeys.New(), null, allowSilence: false, CancellationToken.None));

        Assert.Equal("audioMissing", error.Code);
    }
}
