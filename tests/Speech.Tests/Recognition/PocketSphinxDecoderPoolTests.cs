using Microsoft.Extensions.Options;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Recognition.PocketSphinx;
using MockInterview.Speech.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Speech.Tests.SpeechRecognition;

/// <summary>The pocketsphinx decoder pool with the real library: disposal while a decode runs, and recovery once a
/// missing library appears.</summary>
public sealed class PocketSphinxDecoderPoolTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Dispose_DecoderLentOut_DecodeFinishesAndTheDecoderIsFreedWhenHandedBack()
    {
        var audio = await FliteSpeech.PcmAsync("Tell me about a project you led.");
        var pool = new PocketSphinxDecoderPool(Options.Create(new RecognitionOptions()));
        using var lent = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        PocketSphinxDecoder? used = null;

        var decoding = pool.UseAsync(
            decoder =>
            {
                used = decoder;
                lent.Set();
                Assert.True(release.Wait(Bound), "the test releases the decode");
                return decoder.Decode(audio.Samples);
            },
            CancellationToken.None);
        Assert.True(lent.Wait(Bound), "a decoder is lent out");
        pool.Dispose();
        release.Set();
        var words = await decoding.WaitAsync(Bound);

        Assert.NotEmpty(words);
        Assert.NotNull(used);
        Assert.Throws<ObjectDisposedException>(() => used.Decode(audio.Samples));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => pool.UseAsync(_ => true, CancellationToken.None).WaitAsync(Bound));
    }

    [Fact]
    public async Task UseAsync_LibraryMissingThenInstalled_Recovers()
    {
        var installed = InstalledLibrary();
        using var folder = new TempFolder("pocketsphinx-library");
        var library = Path.Combine(folder.Path, "libpocketsphinx.so.3");
        var options = new RecognitionOptions();
        options.PocketSphinx.LibraryPath = library;
        using var pool = new PocketSphinxDecoderPool(Options.Create(options));

        await Assert.ThrowsAsync<SpeechEngineUnavailableException>(() => pool.UseAsync(_ => true, CancellationToken.None).WaitAsync(Bound));
        File.CreateSymbolicLink(library, installed);

        Assert.True(await pool.UseAsync(_ => true, CancellationToken.None).WaitAsync(Bound));
    }

    private static string InstalledLibrary() =>
        Directory.EnumerateDirectories("/usr/lib", "*-linux-gnu")
            .Append("/usr/lib")
            .Select(d => Path.Combine(d, "libpocketsphinx.so.3"))
            .First(File.Exists);
}
