using System.Net;
using System.Net.Http.Headers;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>A question not in the audio cache is answered as soon as its WAV exists (real flite, real ffmpeg, in-process
/// worker): a client that prefers Ogg gets the WAV, revalidated, and the Ogg once it is encoded, under another ETag.
/// The first question of every mode may be the same: one test per class (its own cache), so that it is a miss.</summary>
public sealed class QuestionAudioWavFirstTests(VoiceApiFixture app) : IClassFixture<VoiceApiFixture>
{
    private const string PrefersOgg = "audio/ogg, audio/wav;q=0.5";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task GetQuestionAudio_PrefersOggBeforeItIsEncoded_WavThenOggUnderAnotherETag()
    {
        var api = new VoiceInterviewClient(app.ClientFor("wavfirst-ada"));
        var url = await QuestionAudioUrlAsync(api, "screening");

        var first = await GetAsync(api, url, PrefersOgg);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("miss", first.Headers.GetValues("X-Audio-Cache").Single());
        Assert.Equal("audio/wav", first.Content.Headers.ContentType?.MediaType);
        Assert.True((await first.Content.ReadAsByteArrayAsync()).AsSpan(0, 4).SequenceEqual("RIFF"u8));
        Assert.True(first.Headers.CacheControl?.NoCache, first.Headers.CacheControl?.ToString());
        var wavTag = first.Headers.ETag;
        Assert.NotNull(wavTag);

        // Revalidating the WAV once the Ogg exists gets the Ogg (its ETag no longer matches), not 304.
        HttpResponseMessage? later = null;
        await Eventually.TrueAsync(
            async () => (later = await GetAsync(api, url, PrefersOgg, wavTag)).Content.Headers.ContentType?.MediaType == "audio/ogg",
            "the Ogg copy is served once encoded",
            Bound);
        Assert.Equal(HttpStatusCode.OK, later!.StatusCode);
        Assert.Equal("hit", later.Headers.GetValues("X-Audio-Cache").Single());
        Assert.True((await later.Content.ReadAsByteArrayAsync()).AsSpan(0, 4).SequenceEqual("OggS"u8));
        Assert.Contains("immutable", later.Headers.CacheControl?.ToString());
        Assert.NotEqual(wavTag, later.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(api, url, PrefersOgg, later.Headers.ETag)).StatusCode);

        // A client that takes WAV alone still gets the same WAV, under its ETag, for ever.
        var wavOnly = await GetAsync(api, url, "audio/wav", wavTag);
        Assert.Equal(HttpStatusCode.NotModified, wavOnly.StatusCode);
    }

    internal static async Task<string> QuestionAudioUrlAsync(VoiceInterviewClient api, string mode)
    {
        var view = await QuestionAudioPrefetchTests.StartAsync(api, mode);
        return $"/api/interviews/{view["id"]}/questions/{view["question"]!["id"]}/audio";
    }

    internal static Task<HttpResponseMessage> GetAsync(VoiceInterviewClient api, string url, string accept, EntityTagHeaderValue? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return api.Http.SendAsync(request);
    }
}
