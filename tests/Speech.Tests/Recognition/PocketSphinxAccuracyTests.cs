using System.Globalization;
using System.Text;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Tests.Support;
using Xunit.Abstractions;

namespace MockInterview.Speech.Tests.SpeechRecognition;

/// <summary>pocketsphinx on real speech: flite speaks ten interview sentences, the recogniser transcribes them, and
/// the word error rate is measured, bounded and written to artifacts/speech-wer.txt (test.sh prints it).</summary>
public sealed class PocketSphinxAccuracyTests(ITestOutputHelper output)
{
    public const string SummaryFileName = "speech-wer.txt";

    // Measured 2026-11-22 with flite's slt voice: see the figure in artifacts/speech-wer.txt. The bound leaves room for
    // a different pocketsphinx or flite build, not for a broken pipeline (which gives 0.8 and above).
    private const double MaxWordErrorRate = 0.3;

    [Fact]
    public async Task TranscribeAsync_FliteSpokenAnswers_WordErrorRateWithinBound()
    {
        var recognizer = SharedSpeech.Recognizer;
        var summary = new StringBuilder();
        int errors = 0, words = 0;
        double audioSeconds = 0;
        foreach (var sentence in InterviewAnswers.Sentences)
        {
            var audio = await FliteSpeech.PcmAsync(sentence);
            var transcript = await recognizer.TranscribeAsync(audio, null, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));
            var reference = WordErrorRate.Words(sentence);
            var edits = WordErrorRate.EditDistance(reference, WordErrorRate.Words(transcript.Text));
            errors += edits;
            words += reference.Length;
            audioSeconds += audio.DurationSeconds;
            summary.AppendLine(CultureInfo.InvariantCulture, $"  {edits,2}/{reference.Length,2}  said: {sentence}");
            summary.AppendLine(CultureInfo.InvariantCulture, $"         heard: {transcript.Text}");
        }

        var rate = (double)errors / words;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Speech-to-text word error rate (pocketsphinx 5prealpha en-us, flite slt voice, {InterviewAnswers.Sentences.Count} sentences, {audioSeconds:0.0} s): {rate:P1} ({errors} errors in {words} words; bound {MaxWordErrorRate:P0})\n{summary}");
        output.WriteLine(text);
        await File.WriteAllTextAsync(SummaryPath(), text);

        Assert.True(rate <= MaxWordErrorRate, text);
    }

    /// <summary>artifacts/ (or artifacts/&lt;slot&gt;/): the test runs from artifacts/…/bin/&lt;project&gt;/&lt;config&gt;/.</summary>
    private static string SummaryPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        var root = directory.Parent?.Parent?.Parent is { } artifacts && directory.Parent.Parent.Name == "bin" ? artifacts.FullName : AppContext.BaseDirectory;
        return Path.Combine(root, SummaryFileName);
    }
}
