using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.Voice;
using MockInterview.Storage.Queues;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>Question audio ahead of need with no speech worker alive: nothing is queued and nothing fails.</summary>
public sealed class QuestionAudioPrefetchNoWorkerTests(VoiceDownFixture app) : IClassFixture<VoiceDownFixture>
{
    [Fact]
    public async Task QuestionServed_NoWorkerAlive_NothingQueuedNoError()
    {
        const string owner = "prefetch-down-ada";
        var view = await QuestionAudioPrefetchTests.StartAsync(new VoiceInterviewClient(app.ClientFor(owner)), "behavioral");
        var prefetch = app.Services.GetRequiredService<QuestionAudioPrefetch>();

        prefetch.QuestionServed(owner, (string)view["id"]!);
        await prefetch.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, await app.Services.GetRequiredService<IWorkQueue>().CountAsync(QueueNames.SpeechJobs, CancellationToken.None));
        Assert.Empty(app.StoredFiles());
    }
}
