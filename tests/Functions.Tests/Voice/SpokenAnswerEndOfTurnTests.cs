using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>Who ends a spoken answer (the form field <c>endOfTurn</c>), and spoken answers to a text interview, on the
/// real engines.</summary>
public sealed class SpokenAnswerEndOfTurnTests(VoiceApiFixture app) : IClassFixture<VoiceApiFixture>
{
    private const string BeforePause = "I led the team that moved our billing system to the cloud";
    private const string AfterPause = "and we cut the monthly cost by half within one year";

    // Longer than the interview's end-of-turn silence (3 s by default): a pause while thinking mid-answer.
    private const double PauseSeconds = 5;

    [Fact]
    public async Task SubmitSpokenAnswer_PauseAndNoEndOfTurn_WholeAnswerKept()
    {
        var heard = await SpeakWithPauseAsync("voice-end-jo", endOfTurn: null);

        Assert.True(SpokenAudio.WordErrorRate($"{BeforePause} {AfterPause}", heard) <= TranscribeTests.MaxWordErrorRate, heard);
    }

    [Fact]
    public async Task SubmitSpokenAnswer_PauseAndEndOfTurnServer_AnswerEndsAtPause()
    {
        var heard = await SpeakWithPauseAsync("voice-end-kim", endOfTurn: "server");

        Assert.True(SpokenAudio.WordErrorRate(BeforePause, heard) <= TranscribeTests.MaxWordErrorRate, heard);
        Assert.DoesNotContain("monthly", heard, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SubmitSpokenAnswer_UnknownEndOfTurn_BadRequest()
    {
        var api = new VoiceInterviewClient(app.ClientFor("voice-end-lu"));
        var view = await api.StartAsync();
        var upload = VoiceApiFixture.Upload(SpokenAudio.Wav(1), fields: [("questionId", (string)view["question"]!["id"]!), ("endOfTurn", "sometimes")]);

        var response = await api.Http.PostAsync($"/api/interviews/{view["id"]}/answers/audio", upload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("badEndOfTurn", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]);
    }

    [Fact]
    public async Task SubmitSpokenAnswer_TextInterview_ConflictBeforeTranscribing()
    {
        var http = app.ClientFor("voice-end-mo");
        var started = await http.PostAsJsonAsync("/api/interviews", new { mode = "behavioral", candidateName = "Mo", role = "Backend engineer", seniority = "mid" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var view = await InterviewApiClient.ReadJsonAsync(started);
        var before = app.StoredFiles().Order().ToList();

        var response = await new VoiceInterviewClient(http).SpeakAsync((string)view["id"]!, (string)view["question"]!["id"]!, SpokenAudio.Wav(1));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("notVoiceInterview", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]);
        Assert.False(response.Headers.Contains("Server-Timing"), "no speech phase ran");
        Assert.Equal(before, app.StoredFiles().Order().ToList());
    }

    /// <summary>Answers a new voice interview's first question with speech, a pause, and more speech; returns what was heard.</summary>
    private async Task<string> SpeakWithPauseAsync(string user, string? endOfTurn)
    {
        var api = new VoiceInterviewClient(app.ClientFor(user));
        var view = await api.StartAsync();
        var questionId = (string)view["question"]!["id"]!;
        var audio = await WithPauseAsync(BeforePause, AfterPause);
        (string, string)[] fields = endOfTurn is null ? [("questionId", questionId)] : [("questionId", questionId), ("endOfTurn", endOfTurn)];

        var response = await api.Http.PostAsync($"/api/interviews/{view["id"]}/answers/audio", VoiceApiFixture.Upload(audio, fields: fields));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
        return (string)JsonNode.Parse(body)!["transcript"]!["text"]!;
    }

    /// <summary>flite's speech of <paramref name="first"/>, <see cref="PauseSeconds"/> of silence, then <paramref name="second"/>.</summary>
    private static async Task<byte[]> WithPauseAsync(string first, string second)
    {
        var (rate, one) = AnswerPieceAudio.Samples(await SpokenAudio.WavAsync(first));
        var (_, two) = AnswerPieceAudio.Samples(await SpokenAudio.WavAsync(second));
        var pause = (int)(PauseSeconds * rate);
        short[] all = [.. one, .. new short[pause], .. two];
        return SpokenAudio.Wav((double)all.Length / rate, i => all[i], rate);
    }
}
