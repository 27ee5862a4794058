using System.Security.Claims;
using Microsoft.Extensions.Options;
using MockInterview.Functions.Auth;
using MockInterview.Functions.Resumes;
using MockInterview.Interviews;
using MockInterview.Speech.Client;
using MockInterview.Storage.Files;

namespace MockInterview.Functions.Voice;

/// <summary><c>GET /api/interviews/{id}/questions/{questionId}/audio</c>: a question of the interview, spoken. Once
/// it has been served, the interview's next questions are spoken ahead of need (<see cref="QuestionAudioPrefetch"/>).</summary>
internal static class QuestionAudioApi
{
    public static async Task<IResult> GetQuestionAudio(
        string id,
        string questionId,
        HttpContext context,
        ClaimsPrincipal user,
        InterviewService interviews,
        SpeechClient speech,
        QuestionAudioPrefetch prefetch,
        IFileStore files,
        IOptions<SpeechClientOptions> options,
        CancellationToken cancellationToken)
    {
        var owner = CallerIds.Of(user);
        if (await interviews.GetAsync(owner, id, cancellationToken) is not { } view)
        {
            return CodedProblems.NotFound("interview", id);
        }

        // Only questions this interview has asked: the current one and those in its transcript.
        var text = view.Question?.Id == questionId
            ? view.Question.Text
            : view.Transcript.FirstOrDefault(entry => entry.QuestionId == questionId)?.Text;
        if (text is null)
        {
            return CodedProblems.NotFound("question", questionId);
        }

        var outcome = await speech.SynthesizeAsync(text, voice: null, speech.SynthesizeDeadline, cancellationToken);
        var modes = new InterviewVoiceModes(interviews, options.Value, context.Response);
        if (outcome.Kind is SpeechOutcomeKind.NoWorker or SpeechOutcomeKind.Failed)
        {
            return await modes.SwitchToTextAsync(view, "No speech worker answered in time to speak the question.", cancellationToken);
        }

        if (outcome is not { Kind: SpeechOutcomeKind.Succeeded, Value: { } spoken })
        {
            return VoiceProblems.From(outcome, context.Response, options.Value.RetryAfterSeconds);
        }

        if (!spoken.FromCache || await speech.IsWorkerAliveAsync(cancellationToken))
        {
            await modes.ResumeVoiceAsync(view, cancellationToken);
        }

        var served = await AudioResults.ServeAsync(context, files, spoken, immutable: true, cancellationToken);

        // After the response, so that it never waits for this; the prefetch itself runs in the background.
        context.Response.OnCompleted(() =>
        {
            if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
            {
                prefetch.QuestionServed(owner, view.Id);
            }

            return Task.CompletedTask;
        });
        return served;
    }
}
