using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>A whole short voice interview on the real engines: question audio (cached after the first fetch), spoken
/// answers, and a report with delivery analytics.</summary>
public sealed class VoiceInterviewTests(VoiceApiFixture app) : IClassFixture<VoiceApiFixture>
{
    private static readonly string[] Answers =
    [
        "I led the team that moved our billing system to the cloud and we cut the monthly cost by half",
        "um I think the hardest part was you know getting everyone to agree on the plan so I wrote it down and we talked it through",
    ];

    [Fact]
    public async Task VoiceInterview_SpokenAnswers_ReportShowsDelivery()
    {
        var api = new VoiceInterviewClient(app.ClientFor("voice-ada"));
        var view = await api.StartAsync();
        var id = (string)view["id"]!;
        Assert.Equal("voice", (string?)view["voice"]!["current"]);
        var silence = (double)view["voice"]!["endOfTurnSilenceSeconds"]!;
        Assert.InRange(silence, 1, 15);

        foreach (var text in Answers)
        {
            var questionId = (string)view["question"]!["id"]!;
            var audio = await api.QuestionAudioAsync(id, questionId);
            Assert.True(audio.StatusCode == HttpStatusCode.OK, await audio.Content.ReadAsStringAsync());
            Assert.Equal("audio/wav", audio.Content.Headers.ContentType?.MediaType);
            Assert.True(SpokenAudio.WavSeconds(await audio.Content.ReadAsByteArrayAsync()) > 1);

            var answerAudio = await SpokenAudio.WavAsync(text);
            var response = await api.SpeakAsync(id, questionId, answerAudio);

            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
            var accepted = JsonNode.Parse(body)!;
            Assert.Equal(questionId, (string?)accepted["questionId"]);
            Assert.True(SpokenAudio.WordErrorRate(text, (string)accepted["transcript"]!["text"]!) <= TranscribeTests.MaxWordErrorRate, body);
            Assert.True((double)accepted["analytics"]!["wordsPerMinute"]! > 60, body);

            // The answer's audio is not kept once it is transcribed. (Question audio lands in the store meanwhile: the
            // Ogg copy encoded after the WAV, the next questions spoken ahead of need.)
            Assert.DoesNotContain(app.StoredFiles(), path => HoldsBytes(path, answerAudio));
            view = await api.WaitForNextQuestionAsync(id, questionId);
        }

        var report = await api.FinishAsync(id);

        var delivery = report["delivery"];
        Assert.NotNull(delivery);
        Assert.Equal(Answers.Length, (int?)delivery!["spokenAnswers"]);
        Assert.True((double)delivery["wordsPerMinute"]! > 60, delivery.ToJsonString());
    }

    [Fact]
    public async Task GetQuestionAudio_SecondFetch_CacheHitWithSameETag()
    {
        var api = new VoiceInterviewClient(app.ClientFor("voice-bo"));
        var view = await api.StartAsync();
        var id = (string)view["id"]!;
        var questionId = (string)view["question"]!["id"]!;

        var first = await api.QuestionAudioAsync(id, questionId);
        var second = await api.QuestionAudioAsync(id, questionId);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("hit", second.Headers.GetValues("X-Audio-Cache").Single());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.NotNull(second.Headers.ETag);
        Assert.Contains("immutable", second.Headers.CacheControl?.ToString());
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());

        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/interviews/{id}/questions/{questionId}/audio");
        conditional.Headers.IfNoneMatch.Add(second.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await api.Http.SendAsync(conditional)).StatusCode);
    }

    [Fact]
    public async Task GetQuestionAudio_AcceptOggOnceEncoded_Ogg()
    {
        var api = new VoiceInterviewClient(app.ClientFor("voice-cy"));
        var view = await api.StartAsync();
        var url = $"/api/interviews/{view["id"]}/questions/{view["question"]!["id"]}/audio";
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync(url)).StatusCode);

        // The Ogg/Opus copy is encoded after the WAV (QuestionAudioWavFirstTests): asked for alone, it comes once it exists.
        HttpResponseMessage? response = null;
        await Eventually.TrueAsync(
            async () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("audio/ogg"));
                response = await api.Http.SendAsync(request);
                return response.StatusCode != HttpStatusCode.NotAcceptable;
            },
            "the question's Ogg copy is encoded",
            TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, response!.StatusCode);
        Assert.Equal("audio/ogg", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).AsSpan(0, 4).SequenceEqual("OggS"u8));
    }

    [Fact]
    public async Task GetQuestionAudio_QuestionNotAsked_NotFound()
    {
        var api = new VoiceInterviewClient(app.ClientFor("voice-di"));
        var id = (string)(await api.StartAsync())["id"]!;

        var response = await api.QuestionAudioAsync(id, "q-never-asked");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetQuestionAudio_SomeoneElsesInterview_NotFound()
    {
        var owner = new VoiceInterviewClient(app.ClientFor("voice-eve"));
        var view = await owner.StartAsync();

        var response = await new VoiceInterviewClient(app.ClientFor("voice-mallory")).QuestionAudioAsync((string)view["id"]!, (string)view["question"]!["id"]!);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SubmitSpokenAnswer_WrongQuestion_ConflictAndNothingStored()
    {
        var api = new VoiceInterviewClient(app.ClientFor("voice-fay"));
        var id = (string)(await api.StartAsync())["id"]!;
        var answerAudio = SpokenAudio.Wav(1);

        var response = await api.SpeakAsync(id, "not-the-question", answerAudio);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.DoesNotContain(app.StoredFiles(), path => HoldsBytes(path, answerAudio));
    }

    [Fact]
    public async Task SubmitSpokenAnswer_NoQuestionId_BadRequest()
    {
        var api = new VoiceInterviewClient(app.ClientFor("voice-gus"));
        var id = (string)(await api.StartAsync())["id"]!;

        var response = await api.Http.PostAsync($"/api/interviews/{id}/answers/audio", VoiceApiFixture.Upload(SpokenAudio.Wav(1)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("missingQuestionId", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]);
    }

    [Fact]
    public async Task ReportSpeaking_CurrentQuestion_AcceptedWithAnswerDeadline()
    {
        var api = new VoiceInterviewClient(app.ClientFor("voice-hal"));
        var view = await api.StartAsync();
        var questionId = (string)view["question"]!["id"]!;

        var response = await api.Http.PostAsync($"/api/interviews/{view["id"]}/answers/speaking", System.Net.Http.Json.JsonContent.Create(new { questionId }));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
        var started = JsonNode.Parse(body)!;
        Assert.Equal(questionId, (string?)started["questionId"]);
        Assert.True((DateTimeOffset)started["answerDueAt"]! > app.Clock.GetUtcNow());
    }

    [Theory]
    [InlineData("{}", HttpStatusCode.BadRequest)]
    [InlineData("{\"questionId\":\"not-the-question\"}", HttpStatusCode.Conflict)]
    public async Task ReportSpeaking_BadQuestion_Refused(string json, HttpStatusCode status)
    {
        var api = new VoiceInterviewClient(app.ClientFor("voice-ivy"));
        var id = (string)(await api.StartAsync())["id"]!;

        var response = await api.Http.PostAsync($"/api/interviews/{id}/answers/speaking", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
    }

    // Question audio of earlier tests may still land in the store (Ogg copies, audio spoken ahead of need), so the
    // store is searched for the answer's own bytes rather than compared as a whole.
    private static bool HoldsBytes(string path, byte[] bytes)
    {
        try
        {
            return new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
