using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.Voice;
using MockInterview.Speech.Recognition;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>The final request of an answer in pieces with tokens that are not exactly this answer's pieces 0..N-1: 400
/// <c>badPieces</c> before anything is stored or transcribed, and the question stays open for a good answer.</summary>
public sealed class AnswerPieceTokensRefusedTests(VoiceApiFixture app) : IClassFixture<VoiceApiFixture>
{
    private static readonly Transcript Heard = new("i led the team", [new TranscribedWord("i", 0.2, 0.3, 0.9)], 1, 1, false, "pocketsphinx");

    public static TheoryData<string> Forgeries => new()
    {
        "garbled",
        "forged",
        "outOfOrder",
        "missingFirst",
        "duplicated",
        "tooMany",
        "otherQuestion",
        "otherInterview",
        "otherCaller",
        "empty",
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task SubmitSpokenAnswer_PiecesNotThisAnswers_BadPiecesAndQuestionStillOpen(string forgery)
    {
        var user = "tokens-" + forgery.ToLowerInvariant();
        var api = new VoiceInterviewClient(app.ClientFor(user));
        var view = await api.StartAsync();
        var (id, questionId) = ((string)view["id"]!, (string)view["question"]!["id"]!);
        var first = (string)(await AnswerPiecesTests.SendPieceAsync(api, id, questionId, 0, SpokenAudio.Wav(1)))["token"]!;
        var second = (string)(await AnswerPiecesTests.SendPieceAsync(api, id, questionId, 1, SpokenAudio.Wav(1)))["token"]!;
        var tokens = app.Services.GetRequiredService<AnswerPieceTokens>();
        var pieces = forgery switch
        {
            "garbled" => "not-a-token",
            "forged" => first[..^3] + (first[^3] == 'A' ? 'B' : 'A') + first[^2..],
            "outOfOrder" => $"{second},{first}",
            "missingFirst" => second,
            "duplicated" => $"{first},{first}",
            "tooMany" => string.Join(',', Enumerable.Range(0, AnswerPieceTokens.MaxPieces + 1).Select(i => tokens.Issue(user, id, questionId, i, Heard))),
            "otherQuestion" => tokens.Issue(user, id, questionId + "-other", 0, Heard),
            "otherInterview" => await OtherInterviewsTokenAsync(api),
            "otherCaller" => tokens.Issue(user + "-other", id, questionId, 0, Heard),
            "empty" => $"{first},,{second}",
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };

        var response = await AnswerPiecesTests.FinishAsync(api, id, questionId, SpokenAudio.Wav(0.5), pieces);

        await AnswerPiecesTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "badPieces");
        Assert.False(response.Headers.Contains("Server-Timing"), "no speech phase ran");
        AnswerPieceAudio.AssertNotStored(app, SpokenAudio.Wav(1), SpokenAudio.Wav(0.5));
        var after = await api.GetAsync(id);
        Assert.Equal(questionId, (string?)after["question"]?["id"]);
        var good = await AnswerPiecesTests.FinishAsync(api, id, questionId, SpokenAudio.Wav(0.5), $"{first},{second}");
        Assert.Equal(HttpStatusCode.Accepted, good.StatusCode);
    }

    [Fact]
    public async Task SubmitSpokenAnswer_PiecesWithEndOfTurnServer_BadEndOfTurn()
    {
        var api = new VoiceInterviewClient(app.ClientFor("tokens-server"));
        var view = await api.StartAsync();
        var (id, questionId) = ((string)view["id"]!, (string)view["question"]!["id"]!);
        var token = (string)(await AnswerPiecesTests.SendPieceAsync(api, id, questionId, 0, SpokenAudio.Wav(1)))["token"]!;

        var response = await AnswerPiecesTests.FinishAsync(api, id, questionId, SpokenAudio.Wav(0.5), token, endOfTurn: "server");

        await AnswerPiecesTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "badEndOfTurn");
    }

    [Fact]
    public async Task SubmitSpokenAnswer_PiecesFieldOverItsLimit_FieldTooLong()
    {
        var api = new VoiceInterviewClient(app.ClientFor("tokens-long"));
        var view = await api.StartAsync();

        var response = await AnswerPiecesTests.FinishAsync(
            api, (string)view["id"]!, (string)view["question"]!["id"]!, SpokenAudio.Wav(0.5), new string('a', InterviewVoiceApi.MaxPiecesFieldChars + 1));

        await AnswerPiecesTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "fieldTooLong");
    }

    [Fact]
    public async Task SubmitSpokenAnswer_OtherFieldLong_StillFieldTooLong()
    {
        var api = new VoiceInterviewClient(app.ClientFor("tokens-other-long"));
        var view = await api.StartAsync();

        var response = await api.Http.PostAsync(
            $"/api/interviews/{view["id"]}/answers/audio",
            VoiceApiFixture.Upload(SpokenAudio.Wav(0.5), fields: [("questionId", new string('q', 1000))]));

        await AnswerPiecesTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "fieldTooLong");
    }

    /// <summary>The token of piece 0 of the same caller's answer to the same question in another interview.</summary>
    private static async Task<string> OtherInterviewsTokenAsync(VoiceInterviewClient api)
    {
        var other = await api.StartAsync();
        var heard = await AnswerPiecesTests.SendPieceAsync(api, (string)other["id"]!, (string)other["question"]!["id"]!, 0, SpokenAudio.Wav(1));
        return (string)heard["token"]!;
    }
}
