using System.Net;
using System.Text.Json.Nodes;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>A client that accepts only Ogg, asking for a question not in the audio cache: 406 at once (the WAV exists,
/// the Ogg copy is still being encoded), the Ogg once it is there. Its own class: its own cache, so the question is a miss.</summary>
public sealed class QuestionAudioOggOnlyTests(VoiceApiFixture app) : IClassFixture<VoiceApiFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task GetQuestionAudio_OnlyOggBeforeItIsEncoded_NotAcceptableThenOgg()
    {
        var api = new VoiceInterviewClient(app.ClientFor("wavfirst-bo"));
        var url = await QuestionAudioWavFirstTests.QuestionAudioUrlAsync(api, "technical");

        var first = await QuestionAudioWavFirstTests.GetAsync(api, url, "audio/ogg");

        // Never a wait: the WAV exists and the client refuses it.
        Assert.Equal(HttpStatusCode.NotAcceptable, first.StatusCode);
        Assert.Equal("notAcceptable", (string?)JsonNode.Parse(await first.Content.ReadAsStringAsync())!["code"]);
        HttpResponseMessage? later = null;
        await Eventually.TrueAsync(
            async () => (later = await QuestionAudioWavFirstTests.GetAsync(api, url, "audio/ogg")).StatusCode == HttpStatusCode.OK,
            "the Ogg copy is served once encoded",
            Bound);
        Assert.Equal("audio/ogg", later!.Content.Headers.ContentType?.MediaType);
    }
}
