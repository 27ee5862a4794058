using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.Tests.Support;
using MockInterview.Interviews;
using MockInterview.Speech.Synthesis;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>Question audio spoken before it is asked, through the real HTTP pipeline with the in-process worker and
/// flite: once a question's audio is served the next planned question's audio lands in the cache, and a question the
/// interview shows (a follow-up, decided from the answer) is spoken while the client still polls for it. Each test uses
/// its own interview mode, so that no test finds another's questions in the shared cache.</summary>
public sealed class QuestionAudioPrefetchTests(VoiceApiFixture app) : IClassFixture<VoiceApiFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private ISpeechSynthesis Cache => app.Services.GetRequiredService<ISpeechSynthesis>();

    [Fact]
    public async Task GetQuestionAudio_Served_NextPlannedQuestionCachedWithoutBeingAsked()
    {
        const string owner = "prefetch-ada";
        var api = new VoiceInterviewClient(app.ClientFor(owner));
        var view = await StartAsync(api, "screening");
        var id = (string)view["id"]!;
        var next = Assert.Single(await app.Services.GetRequiredService<InterviewService>().UpcomingQuestionsAsync(owner, id, 1, CancellationToken.None));
        Assert.Null(await Cache.FindCachedAsync(next, null, CancellationToken.None));

        var audio = await api.QuestionAudioAsync(id, (string)view["question"]!["id"]!);

        Assert.True(audio.StatusCode == HttpStatusCode.OK, await audio.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(
            async () => await Cache.FindCachedAsync(next, null, CancellationToken.None) is not null,
            "the next planned question's audio is in the cache",
            Bound);
    }

    [Fact]
    public async Task FollowUpShown_ItsAudioSpokenBeforeTheClientAsks_CacheHit()
    {
        var api = new VoiceInterviewClient(app.ClientFor("prefetch-bo"));
        var view = await StartAsync(api, "behavioral");
        var id = (string)view["id"]!;
        var questionId = (string)view["question"]!["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await api.QuestionAudioAsync(id, questionId)).StatusCode);

        // No result and no own action in the story: the interviewer follows up.
        var typed = await api.TypeAsync(id, questionId, "Our team disagreed about the release plan, so we met and talked about the options together.");
        Assert.Equal(HttpStatusCode.Accepted, typed.StatusCode);
        view = await api.WaitForNextQuestionAsync(id, questionId);
        var followUp = view["question"]!;
        Assert.True((bool)followUp["isFollowUp"]!, followUp.ToJsonString());
        var text = (string)followUp["text"]!;
        await Eventually.TrueAsync(
            async () => await Cache.FindCachedAsync(text, null, CancellationToken.None) is not null,
            "the follow-up's audio is in the cache before anyone asks for it",
            Bound);

        var audio = await api.QuestionAudioAsync(id, (string)followUp["id"]!);

        Assert.Equal(HttpStatusCode.OK, audio.StatusCode);
        Assert.Equal("hit", audio.Headers.GetValues("X-Audio-Cache").Single());
    }

    [Fact]
    public async Task UpcomingQuestionsAsync_AnotherCaller_Nothing()
    {
        var api = new VoiceInterviewClient(app.ClientFor("prefetch-cy"));
        var id = (string)(await StartAsync(api, "technical"))["id"]!;
        var interviews = app.Services.GetRequiredService<InterviewService>();

        Assert.Empty(await interviews.UpcomingQuestionsAsync("prefetch-mallory", id, 2, CancellationToken.None));
        Assert.Equal(2, (await interviews.UpcomingQuestionsAsync("prefetch-cy", id, 2, CancellationToken.None)).Count);
    }

    /// <summary>Starts a voice interview in <paramref name="mode"/>.</summary>
    internal static async Task<JsonNode> StartAsync(VoiceInterviewClient api, string mode)
    {
        var response = await api.Http.PostAsJsonAsync("/api/interviews", new { mode, candidateName = "Ada", role = "Backend engineer", seniority = "mid", answerMode = "voice" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await InterviewApiClient.ReadJsonAsync(response);
    }
}
