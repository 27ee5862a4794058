using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>POST /api/voice/synthesize and GET /api/voice/voices with the real engines and the in-process worker.</summary>
public sealed class SynthesizeTests(VoiceApiFixture app) : IClassFixture<VoiceApiFixture>
{
    private const string Question = "Tell me about a time you disagreed with your manager. What did you do, and what happened next?";

    [Fact]
    public async Task Synthesize_Default_PlayableWavOfPlausibleDuration()
    {
        var response = await app.ClientFor("ada").PostAsJsonAsync("/api/voice/synthesize", new { text = Question });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        var wav = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(wav.Length, response.Content.Headers.ContentLength);
        var seconds = SpokenAudio.WavSeconds(wav);

        // 18 words at 90–250 words per minute.
        Assert.InRange(seconds, 18 / 250.0 * 60, 18 / 90.0 * 60);
        var declared = double.Parse(response.Headers.GetValues("X-Audio-Duration").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(declared, seconds - 0.05, seconds + 0.05);
        Assert.InRange(await SpokenAudio.ProbeSecondsAsync(wav), seconds - 0.1, seconds + 0.1);
    }

    [Fact]
    public async Task Synthesize_OnlyOggAcceptedForNewText_PlayableOgg()
    {
        // Audio spoken here is deleted once served, so the worker makes the Ogg copy before it answers a client that refuses WAV.
        var before = app.StoredFiles().ToHashSet();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/voice/synthesize") { Content = JsonContent.Create(new { text = Question, voice = "warm" }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("audio/ogg"));

        var response = await app.ClientFor("ada").SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("audio/ogg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("miss", response.Headers.GetValues("X-Audio-Cache").Single());
        var ogg = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(ogg.Length, response.Content.Headers.ContentLength);
        Assert.True(ogg.AsSpan(0, 4).SequenceEqual("OggS"u8), "not an Ogg file");

        // 18 words at 90–250 words per minute, decoded whole by a real decoder.
        var seconds = await SpokenAudio.ProbeSecondsAsync(ogg);
        Assert.InRange(seconds, 18 / 250.0 * 60, 18 / 90.0 * 60);
        var declared = double.Parse(response.Headers.GetValues("X-Audio-Duration").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(seconds, declared - 0.1, declared + 0.1);

        // Still ad-hoc audio: the WAV and its copy are deleted once served.
        await Eventually.TrueAsync(
            () => Task.FromResult(app.StoredFiles().All(before.Contains)),
            "the ad-hoc audio (WAV and Ogg copy) is deleted once served",
            TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Synthesize_NeitherWavNorOggAccepted_NotAcceptable()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/voice/synthesize") { Content = JsonContent.Create(new { text = Question, voice = "professional" }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("audio/mpeg"));

        var response = await app.ClientFor("ada").SendAsync(request);

        await Problems.AssertAsync(response, HttpStatusCode.NotAcceptable);
        Assert.Equal("notAcceptable", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]);
    }

    [Fact]
    public async Task Synthesize_PrefersOggForNewText_PlayableWav()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/voice/synthesize") { Content = JsonContent.Create(new { text = Question, voice = "calm" }) };
        request.Headers.TryAddWithoutValidation("Accept", "audio/ogg, audio/wav;q=0.5");

        var response = await app.ClientFor("ada").SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        var wav = await response.Content.ReadAsByteArrayAsync();
        var declared = double.Parse(response.Headers.GetValues("X-Audio-Duration").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(await SpokenAudio.ProbeSecondsAsync(wav), declared - 0.1, declared + 0.1);
    }

    [Fact]
    public async Task Synthesize_AdHocText_NothingLeftInFileStore()
    {
        var before = app.StoredFiles().ToHashSet();
        var text = $"Ad hoc sentence number {Guid.NewGuid():N} is spoken once and not kept.";
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/voice/synthesize") { Content = JsonContent.Create(new { text }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("audio/ogg"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("audio/wav", 0.5));

        var response = await app.ClientFor("ada").SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("miss", response.Headers.GetValues("X-Audio-Cache").Single());
        Assert.True((await response.Content.ReadAsByteArrayAsync()).AsSpan(0, 4).SequenceEqual("RIFF"u8), "not a WAV");

        // The WAV is deleted once served, and the Ogg copy encoded after it, whenever it was saved, goes with it.
        var compression = app.Services.GetRequiredService<MockInterview.Speech.Synthesis.SpeechCompression>();
        await Eventually.TrueAsync(
            () => Task.FromResult(compression.Pending == 0 && app.StoredFiles().All(before.Contains)),
            "the ad-hoc audio (WAV and Ogg copy) is deleted once served",
            TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task GetVoices_Presets_DefaultFirst()
    {
        var voices = JsonNode.Parse(await app.ClientFor("ada").GetStringAsync("/api/voice/voices"))!;

        var names = voices["voices"]!.AsArray().Select(v => (string)v!).ToList();
        Assert.Contains("professional", names);
        Assert.Contains("warm", names);
        Assert.Equal(names[0], (string?)voices["default"]);
    }

    [Theory]
    [InlineData("", null, "textEmpty")]
    [InlineData("   ", null, "textEmpty")]
    [InlineData("Hello there.", "robot-overlord", "unknownVoice")]
    public async Task Synthesize_BadTextOrVoice_BadRequest(string text, string? voice, string code)
    {
        var response = await app.ClientFor("ada").PostAsJsonAsync("/api/voice/synthesize", new { text, voice });

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(code, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]);
    }

    [Fact]
    public async Task Synthesize_TooLongText_BadRequest()
    {
        var response = await app.ClientFor("ada").PostAsJsonAsync("/api/voice/synthesize", new { text = new string('a', 30) + string.Concat(Enumerable.Repeat(" word", 2000)) });

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("textTooLong", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]);
    }
}
