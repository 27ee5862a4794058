using System.Net;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>A piece of a spoken answer when no speech worker is running: 503 with <c>textMode</c>, the interview switches
/// to text exactly as for a whole answer, and nothing is stored.</summary>
public sealed class AnswerPiecesVoiceDownTests(VoiceDownFixture app) : IClassFixture<VoiceDownFixture>
{
    [Fact]
    public async Task SubmitAnswerPiece_NoWorker_TextModeAndNothingStored()
    {
        var api = new VoiceInterviewClient(app.ClientFor("pieces-down-ada"));
        var view = await api.StartAsync();
        var (id, questionId) = ((string)view["id"]!, (string)view["question"]!["id"]!);

        var response = await api.Http.PostAsync(
            $"/api/interviews/{id}/answers/audio/pieces", VoiceApiFixture.Upload(SpokenAudio.Wav(1), fields: [("questionId", questionId), ("piece", "0")]));

        await Problems.AssertAsync(response, HttpStatusCode.ServiceUnavailable);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("voiceUnavailable", (string?)problem["code"]);
        Assert.True((bool?)problem["textMode"]);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Empty(app.StoredFiles());
        view = await api.GetAsync(id);
        Assert.Equal("text", (string?)view["voice"]!["current"]);
        Assert.Equal(questionId, (string?)view["question"]!["id"]);
    }
}
