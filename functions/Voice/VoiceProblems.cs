using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using MockInterview.Functions.Resumes;
using MockInterview.Speech.Client;

namespace MockInterview.Functions.Voice;

/// <summary>The problem+json answers of the voice endpoints, with the worker's codes.</summary>
internal static class VoiceProblems
{
    /// <summary>The status for a refusal code of the worker (see <c>SpeechInputException.Code</c>).</summary>
    public static int StatusOf(string? code) => code switch
    {
        "audioTooLarge" => StatusCodes.Status413PayloadTooLarge,
        "audioUnsupported" => StatusCodes.Status415UnsupportedMediaType,
        "audioEmpty" or "textEmpty" or "textTooLong" or "unknownVoice" => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    /// <summary>The problem for an outcome that did not succeed. A 503 sets <c>Retry-After</c> on <paramref name="response"/>.</summary>
    public static ProblemHttpResult From<T>(SpeechOutcome<T> outcome, HttpResponse response, int retryAfterSeconds, bool textMode = false)
        where T : class
    {
        if (outcome.Kind == SpeechOutcomeKind.Rejected)
        {
            return CodedProblems.Create(StatusOf(outcome.Code), outcome.Code ?? "speechRejected", outcome.Detail ?? "The audio or text cannot be used.");
        }

        return Unavailable(response, retryAfterSeconds, outcome.Detail ?? "Voice is unavailable right now.", outcome.Kind == SpeechOutcomeKind.Failed ? outcome.Code : null, textMode);
    }

    /// <summary>503 <c>voiceUnavailable</c> with <c>Retry-After</c>; <paramref name="reason"/> is the worker's code when
    /// a worker answered but failed; <paramref name="textMode"/> tells an interview client to show the text box.</summary>
    public static ProblemHttpResult Unavailable(HttpResponse response, int retryAfterSeconds, string detail, string? reason = null, bool textMode = false)
    {
        response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var extensions = new Dictionary<string, object?> { ["code"] = SpeechClient.VoiceUnavailableCode };
        if (reason is not null)
        {
            extensions["reason"] = reason;
        }

        if (textMode)
        {
            extensions["textMode"] = true;
        }

        return TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable, extensions: extensions);
    }
}
