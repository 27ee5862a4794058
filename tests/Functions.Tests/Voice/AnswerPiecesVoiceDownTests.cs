using System.Net;
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

        await VoiceDownSteps.AssertSwitchedToTextAsync(app, api, response, id, questionId);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
