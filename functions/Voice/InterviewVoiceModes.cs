using Microsoft.AspNetCore.Http.HttpResults;
using MockInterview.Interviews;
using MockInterview.Speech.Client;

namespace MockInterview.Functions.Voice;

/// <summary>Keeps a voice interview's mode in step with the speech worker: text when it does not answer, voice again
/// when it does. Text interviews are left alone.</summary>
internal sealed class InterviewVoiceModes(InterviewService interviews, SpeechClientOptions options, HttpResponse response)
{
    /// <summary>What the candidate is told when voice is down.</summary>
    public const string TypeYourAnswer = "Voice is unavailable right now; please type your answer. The question stays open.";

    /// <summary>Switches <paramref name="view"/>'s interview to text mode (when it is a voice interview) and returns the
    /// 503 <c>voiceUnavailable</c> problem with <c>textMode: true</c>.</summary>
    public async Task<ProblemHttpResult> SwitchToTextAsync(InterviewView view, string reason, CancellationToken cancellationToken)
    {
        if (IsVoiceInterview(view))
        {
            await interviews.SwitchToTextAsync(view.Id, reason, cancellationToken);
        }

        return VoiceProblems.Unavailable(response, options.RetryAfterSeconds, TypeYourAnswer, textMode: true);
    }

    /// <summary>Voice works again: a voice interview in text mode goes back to voice.</summary>
    public async Task ResumeVoiceAsync(InterviewView view, CancellationToken cancellationToken)
    {
        if (IsVoiceInterview(view) && !InVoiceMode(view))
        {
            await interviews.ResumeVoiceAsync(view.Id, cancellationToken);
        }
    }

    /// <summary>The silence at which the recogniser ends the answer: the interview's end-of-turn silence when the server
    /// ends the turn; null (nothing is cut) when the client ended the recording, or for a text interview.</summary>
    public static double? EndOfTurnSilence(InterviewView view, bool serverEndsTurn) =>
        serverEndsTurn ? view.Voice?.EndOfTurnSilenceSeconds : null;

    private static bool IsVoiceInterview(InterviewView view) => view.Voice is not null;

    private static bool InVoiceMode(InterviewView view) => view.Voice is { Current: AnswerMode.Voice };
}
