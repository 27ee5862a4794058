using System.Net;
using System.Text.Json.Nodes;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>POST /api/voice/transcribe through the real pipeline, the in-process worker and pocketsphinx: flite speaks a
/// known answer, the app hears it back.</summary>
public sealed class TranscribeTests(VoiceApiFixture app) : IClassFixture<VoiceApiFixture>
{
    /// <summary>A spoken answer in plain words pocketsphinx's general model knows.</summary>
    public const string Answer = "I led the team that moved our billing system to the cloud and we cut the monthly cost by half";

    /// <summary>The word error rate the local engine must stay under on flite's voice (measured about 0.1–0.3).</summary>
    public const double MaxWordErrorRate = 0.4;

    [Theory]
    [InlineData("wav")]
    [InlineData("ogg")]
    [InlineData("webm")]
    public async Task Transcribe_SpokenAnswer_TranscriptCloseToText(string format)
    {
        var wav = await SpokenAudio.WavAsync(Answer);
        var audio = format == "wav" ? wav : await SpokenAudio.ConvertAsync(wav, format);
        var mediaType = format == "wav" ? "audio/wav" : "audio/" + format;

        var response = await app.ClientFor("ada").PostAsync("/api/voice/transcribe", VoiceApiFixture.Upload(audio, mediaType, "answer." + format));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var transcript = JsonNode.Parse(body)!;
        var text = (string)transcript["text"]!;
        var wer = SpokenAudio.WordErrorRate(Answer, text);
        Assert.True(wer <= MaxWordErrorRate, $"WER {wer:0.00} for '{text}'");
        Assert.Equal("pocketsphinx", (string?)transcript["engine"]);
        var words = transcript["words"]!.AsArray();
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.True((double)w!["end"]! >= (double)w["start"]! && (double)w["confidence"]! is >= 0 and <= 1));
        Assert.InRange((double)transcript["audioSeconds"]!, 2, SpokenAudio.WavSeconds(wav) + 0.5);
        Assert.True((double)transcript["analytics"]!["wordsPerMinute"]! > 60, body);
    }

    [Fact]
    public async Task Transcribe_Succeeded_AudioNotKept()
    {
        var wav = await SpokenAudio.WavAsync("tell me about yourself");

        var response = await app.ClientFor("ada").PostAsync("/api/voice/transcribe", VoiceApiFixture.Upload(wav));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(app.StoredFiles());
    }
}
