using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>A spoken answer sent in pieces (docs/voice.md, "Answers in pieces") through the real HTTP pipeline, the
/// in-process worker and pocketsphinx: each piece transcribed as it arrives, the final request with the tail and the
/// pieces' tokens recorded as one answer; nothing left in the file store.</summary>
public sealed class AnswerPiecesTests(VoiceApiFixture app) : IClassFixture<VoiceApiFixture>
{
    private static readonly string[] Phrases =
    [
        "I led the team that moved our billing system to the cloud",
        "we cut the monthly cost by half within one year",
        "and the customers noticed the faster pages",
    ];

    [Fact]
    public async Task SubmitSpokenAnswer_PiecesAndTail_OneAnswerWithWordsInOrder()
    {
        var api = new VoiceInterviewClient(app.ClientFor("pieces-ada"));
        var view = await api.StartAsync();
        var (id, questionId) = ((string)view["id"]!, (string)view["question"]!["id"]!);
        var audio = await AnswerPieceAudio.SpeakAsync(Phrases);

        var tokens = new List<string>();
        for (var i = 0; i < audio.Pieces.Count - 1; i++)
        {
            var heard = await SendPieceAsync(api, id, questionId, i, audio.Pieces[i]);
            Assert.Equal(questionId, (string?)heard["questionId"]);
            Assert.Equal(i, (int)heard["piece"]!);
            Assert.Equal(audio.Seconds[i], (double)heard["audioSeconds"]!, 2);
            var words = heard["words"]!.AsArray();
            Assert.NotEmpty(words);
            Assert.All(words, w => Assert.InRange((double)w!["endSeconds"]!, (double)w["startSeconds"]!, audio.Seconds[i] + 0.01));
            Assert.True(SpokenAudio.WordErrorRate(Phrases[i], (string)heard["text"]!) <= TranscribeTests.MaxWordErrorRate, heard.ToJsonString());
            tokens.Add((string)heard["token"]!);
        }

        var response = await FinishAsync(api, id, questionId, audio.Pieces[^1], string.Join(',', tokens));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
        Assert.Contains("stt;dur=", string.Join(',', response.Headers.GetValues("Server-Timing")), StringComparison.Ordinal);
        var transcript = JsonNode.Parse(body)!["transcript"]!;
        Assert.True(SpokenAudio.WordErrorRate(string.Join(' ', Phrases), (string)transcript["text"]!) <= TranscribeTests.MaxWordErrorRate, body);
        Assert.Equal(audio.Seconds.Sum(), (double)transcript["audioSeconds"]!, 2);
        var starts = transcript["words"]!.AsArray().Select(w => (double)w!["start"]!).ToList();
        Assert.Equal(starts.Order(), starts);
        // The tail's words come after the pieces before it; the first piece's after the thinking time.
        Assert.True(starts[^1] >= audio.Seconds[0] + audio.Seconds[1], body);
        Assert.True(starts[0] >= 0.4, body);
        Assert.True((double)JsonNode.Parse(body)!["analytics"]!["wordsPerMinute"]! > 60, body);
        AnswerPieceAudio.AssertNotStored(app, [.. audio.Pieces]);

        var recorded = await api.WaitForAsync(id, v => v["transcript"]!.AsArray().Any(e => (string?)e!["questionId"] == questionId && e["answer"] is not null), "the answer is recorded");
        var entry = recorded["transcript"]!.AsArray().Single(e => (string?)e!["questionId"] == questionId)!;
        Assert.Contains("billing", (string)entry["answer"]!, StringComparison.Ordinal);
        Assert.Contains("customers", (string)entry["answer"]!, StringComparison.Ordinal);
        Assert.NotNull(entry["delivery"]);
    }

    [Fact]
    public async Task SubmitAnswerPiece_Silence_EmptyTextWithItsLength()
    {
        var api = new VoiceInterviewClient(app.ClientFor("pieces-bo"));
        var view = await api.StartAsync();

        var silence = SpokenAudio.Wav(1.5);

        var heard = await SendPieceAsync(api, (string)view["id"]!, (string)view["question"]!["id"]!, 0, silence);

        Assert.Equal("", (string?)heard["text"]);
        Assert.Empty(heard["words"]!.AsArray());
        Assert.Equal(1.5, (double)heard["audioSeconds"]!, 3);
        Assert.False(string.IsNullOrEmpty((string?)heard["token"]));
        AnswerPieceAudio.AssertNotStored(app, silence);
    }

    [Fact]
    public async Task SubmitSpokenAnswer_SilentPieceAndSilentTail_AnswerOfTheSpokenPiece()
    {
        var api = new VoiceInterviewClient(app.ClientFor("pieces-cy"));
        var view = await api.StartAsync();
        var (id, questionId) = ((string)view["id"]!, (string)view["question"]!["id"]!);
        var speech = await SpokenAudio.WavAsync(Phrases[0]);
        var silent = await SendPieceAsync(api, id, questionId, 0, SpokenAudio.Wav(1));
        var spoken = await SendPieceAsync(api, id, questionId, 1, speech);

        var response = await FinishAsync(api, id, questionId, SpokenAudio.Wav(0.5), $"{silent["token"]},{spoken["token"]}");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
        var transcript = JsonNode.Parse(body)!["transcript"]!;
        Assert.True(SpokenAudio.WordErrorRate(Phrases[0], (string)transcript["text"]!) <= TranscribeTests.MaxWordErrorRate, body);
        Assert.Equal(1 + SpokenAudio.WavSeconds(speech) + 0.5, (double)transcript["audioSeconds"]!, 2);
        Assert.True((double)transcript["words"]![0]!["start"]! >= 1, body);
        AnswerPieceAudio.AssertNotStored(app, SpokenAudio.Wav(1), speech, SpokenAudio.Wav(0.5));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("64")]
    [InlineData("99999999999")]
    public async Task SubmitAnswerPiece_BadIndex_BadPieceAndNothingStored(string? piece)
    {
        var api = new VoiceInterviewClient(app.ClientFor("pieces-di"));
        var view = await api.StartAsync();
        (string, string)[] fields = piece is null
            ? [("questionId", (string)view["question"]!["id"]!)]
            : [("questionId", (string)view["question"]!["id"]!), ("piece", piece)];

        var response = await api.Http.PostAsync($"/api/interviews/{view["id"]}/answers/audio/pieces", VoiceApiFixture.Upload(SpokenAudio.Wav(1), fields: fields));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "badPiece");
        AnswerPieceAudio.AssertNotStored(app, SpokenAudio.Wav(1));
    }

    [Fact]
    public async Task SubmitAnswerPiece_NotTheCurrentQuestion_ConflictAndNothingStored()
    {
        var api = new VoiceInterviewClient(app.ClientFor("pieces-eve"));
        var view = await api.StartAsync();

        var response = await api.Http.PostAsync(
            $"/api/interviews/{view["id"]}/answers/audio/pieces", VoiceApiFixture.Upload(SpokenAudio.Wav(1), fields: [("questionId", "not-the-question"), ("piece", "0")]));

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "notCurrentQuestion");
        AnswerPieceAudio.AssertNotStored(app, SpokenAudio.Wav(1));
    }

    [Fact]
    public async Task SubmitAnswerPiece_TextInterview_ConflictAndNothingStored()
    {
        var http = app.ClientFor("pieces-fay");
        var started = await http.PostAsJsonAsync("/api/interviews", new { mode = "behavioral", candidateName = "Fay", role = "Backend engineer", seniority = "mid" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var view = await InterviewApiClient.ReadJsonAsync(started);

        var response = await http.PostAsync(
            $"/api/interviews/{view["id"]}/answers/audio/pieces", VoiceApiFixture.Upload(SpokenAudio.Wav(1), fields: [("questionId", (string)view["question"]!["id"]!), ("piece", "0")]));

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "notVoiceInterview");
        AnswerPieceAudio.AssertNotStored(app, SpokenAudio.Wav(1));
    }

    [Fact]
    public async Task SubmitAnswerPiece_SomeoneElsesInterview_NotFound()
    {
        var view = await new VoiceInterviewClient(app.ClientFor("pieces-gus")).StartAsync();
        var mallory = new VoiceInterviewClient(app.ClientFor("pieces-mallory"));

        var response = await mallory.Http.PostAsync(
            $"/api/interviews/{view["id"]}/answers/audio/pieces", VoiceApiFixture.Upload(SpokenAudio.Wav(1), fields: [("questionId", (string)view["question"]!["id"]!), ("piece", "0")]));

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "notFound");
    }

    [Fact]
    public async Task SubmitAnswerPiece_FirstPiece_CandidateMarkedSpeaking()
    {
        var api = new VoiceInterviewClient(app.ClientFor("pieces-hal"));
        var view = await api.StartAsync();
        var id = (string)view["id"]!;
        Assert.Null(view["question"]!["answeringStartedAt"]);

        await SendPieceAsync(api, id, (string)view["question"]!["id"]!, 0, SpokenAudio.Wav(1));

        var after = await api.GetAsync(id);
        Assert.NotNull(after["question"]!["answeringStartedAt"]);
    }

    internal static async Task<JsonNode> SendPieceAsync(VoiceInterviewClient api, string id, string questionId, int piece, byte[] wav)
    {
        var response = await api.Http.PostAsync(
            $"/api/interviews/{id}/answers/audio/pieces",
            VoiceApiFixture.Upload(wav, fields: [("questionId", questionId), ("piece", piece.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!;
    }

    internal static Task<HttpResponseMessage> FinishAsync(VoiceInterviewClient api, string id, string questionId, byte[] tail, string pieces, string? endOfTurn = null)
    {
        (string, string)[] fields = endOfTurn is null
            ? [("questionId", questionId), ("pieces", pieces)]
            : [("questionId", questionId), ("pieces", pieces), ("endOfTurn", endOfTurn)];
        return api.Http.PostAsync($"/api/interviews/{id}/answers/audio", VoiceApiFixture.Upload(tail, fields: fields));
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        Assert.Equal(code, (string?)JsonNode.Parse(body)!["code"]);
    }
}
