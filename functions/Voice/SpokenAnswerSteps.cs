using Microsoft.AspNetCore.Http.HttpResults;
using MockInterview.Functions.Resumes;
using MockInterview.Interviews;
using MockInterview.Speech.Client;
using MockInterview.Speech.Recognition;

namespace MockInterview.Functions.Voice;

/// <summary>The steps a spoken upload shares, whether it is a whole answer (<c>/answers/audio</c>) or a piece of one
/// (<c>/answers/audio/pieces</c>): the checks before its audio is stored, and what a transcription that failed answers.</summary>
internal static class SpokenAnswerSteps
{
    /// <summary>The checks every spoken upload (a whole answer, a piece of one) passes before its audio is stored: the
    /// interview is the caller's voice interview, the question is the one waiting, a speech worker is alive (else the
    /// interview switches to text). Then the candidate is marked as speaking: the answer time limit applies, not the
    /// thinking time.</summary>
    public static async Task<(InterviewView? View, ProblemHttpResult? Problem)> OpenAsync(
        string owner, string id, string questionId, InterviewService interviews, SpeechClient speech, InterviewVoiceModes modes, CancellationToken cancellationToken)
    {
        if (await interviews.GetAsync(owner, id, cancellationToken) is not { } view)
        {
            return (null, CodedProblems.NotFound("interview", id));
        }

        if (view.Voice is null)
        {
            // Refused before any audio is stored or transcribed: a text interview takes typed answers only.
            return (null, CodedProblems.Create(StatusCodes.Status409Conflict, "notVoiceInterview", "This interview takes typed answers; start an interview with answerMode \"voice\" to answer by voice."));
        }

        if (view.Question?.Id != questionId)
        {
            // Refused before any audio is stored or transcribed: the answer could not be recorded anyway.
            return (null, CodedProblems.Create(StatusCodes.Status409Conflict, "notCurrentQuestion", $"'{Shorten(questionId)}' is not the question waiting for an answer."));
        }

        if (!await speech.IsWorkerAliveAsync(cancellationToken))
        {
            return (null, await modes.SwitchToTextAsync(view, "No speech worker is running.", cancellationToken));
        }

        await interviews.SpeechStartedAsync(owner, id, questionId, cancellationToken);
        return (view, null);
    }

    /// <summary>Adds the speech phase to <paramref name="timing"/> and turns an outcome that is not a transcript into its
    /// answer: a worker that failed or did not answer switches the interview to text (503 <c>textMode</c>), refused
    /// audio is its 4xx. Null when there is a transcript (and voice is on again).</summary>
    public static async Task<ProblemHttpResult?> HeardAsync(
        SpeechOutcome<Transcript> outcome,
        InterviewView view,
        InterviewVoiceModes modes,
        ServerTiming timing,
        SpeechClientOptions options,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var speechMilliseconds = timing.Lap("speech");
        if (outcome.ProcessingMilliseconds is { } stt)
        {
            // The worker's own share of the speech phase; the rest is storing, queueing and the result's way back.
            timing.Add("stt", stt);
            timing.Add("queue", Math.Max(0, speechMilliseconds - stt));
        }

        if (outcome.Kind is SpeechOutcomeKind.NoWorker or SpeechOutcomeKind.Failed)
        {
            return await modes.SwitchToTextAsync(view, outcome.Kind == SpeechOutcomeKind.Failed ? $"The speech worker failed ({outcome.Code})." : "No speech worker answered in time.", cancellationToken);
        }

        if (outcome is not { Kind: SpeechOutcomeKind.Succeeded, Value: not null })
        {
            return VoiceProblems.From(outcome, response, options.RetryAfterSeconds);
        }

        await modes.ResumeVoiceAsync(view, cancellationToken);
        return null;
    }

    /// <summary>400 <c>missingQuestionId</c>.</summary>
    public static ProblemHttpResult MissingQuestionId() =>
        CodedProblems.Create(StatusCodes.Status400BadRequest, "missingQuestionId", $"Send the id of the question answered as the form field '{InterviewVoiceApi.QuestionIdField}'.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
