using System.Text.Json;
using Microsoft.Extensions.Logging;
using MockInterview.Speech.Jobs;

namespace MockInterview.Speech.Client;

/// <summary>Handles one message of the <c>speech-results</c> queue: completes the call waiting for that job. One code
/// path for both hostings: the local <see cref="SpeechResultListener"/> and Azure's queue-triggered function.</summary>
public sealed class SpeechResultHandler(SpeechResultWaiters waiters, SpeechAvailability availability, ILogger<SpeechResultHandler> logger)
{
    /// <summary>Reads <paramref name="body"/> and hands the result to its waiter; a result nobody waits for (its caller
    /// gave up, or another app instance enqueued the job) is dropped. Never throws for a bad message: a message that is
    /// not a result cannot become one by being delivered again.</summary>
    /// <returns>True when a waiting call took the result.</returns>
    public bool Handle(string body)
    {
        SpeechJobResult result;
        try
        {
            result = SpeechJson.Deserialize<SpeechJobResult>(body);
        }
        catch (JsonException ex)
        {
            // Logged without the body: a transcript is personal data.
            logger.LogWarning("A speech result message is not valid JSON ({Error}, {Length} characters); dropped.", ex.Message, body.Length);
            return false;
        }

        if (string.IsNullOrEmpty(result.JobId))
        {
            logger.LogWarning("A speech result message has no job id; dropped.");
            return false;
        }

        if (result.Status is SpeechJobStatus.Succeeded or SpeechJobStatus.Rejected)
        {
            availability.MarkAlive();
        }

        if (waiters.TryComplete(result))
        {
            return true;
        }

        logger.LogDebug("Speech result for job {JobId} ({Status}) arrived after its caller stopped waiting; dropped.", result.JobId, result.Status);
        return false;
    }
}
