using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using MockInterview.Speech.Jobs;
using MockInterview.Storage.Files;

namespace MockInterview.Speech.Worker;

/// <summary>Reads and checks a job message. Problems are described by field, never by quoting the message.</summary>
internal static class SpeechJobReader
{
    /// <summary>Longest end-of-turn silence a job may ask for.</summary>
    public const double MaxEndOfTurnSilenceSeconds = 60;

    /// <summary>Reads <paramref name="body"/>. False with a null <paramref name="job"/> when it is not a job at all (no
    /// usable id or kind: nobody can be told); false with a job when a field is wrong (the result can say so).</summary>
    public static bool TryRead(string body, [NotNullWhen(true)] out SpeechJob? job, out string problem)
    {
        job = null;
        try
        {
            job = SpeechJson.Deserialize<SpeechJob>(body);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException)
        {
            problem = $"The message is not a speech job ({ex.GetType().Name}).";
            return false;
        }

        if (!FileKeys.IsValid(job.JobId) || !Enum.IsDefined(job.Kind))
        {
            job = null;
            problem = "The message has no valid jobId (32 lower-case hex characters) or kind.";
            return false;
        }

        problem = job.Kind switch
        {
            SpeechJobKind.Transcribe when !FileKeys.IsValid(job.AudioKey) => "A transcribe job needs audioKey, a file-store key.",
            SpeechJobKind.Transcribe when job.EndOfTurnSilenceSeconds is { } seconds && !(seconds > 0 && seconds <= MaxEndOfTurnSilenceSeconds) =>
                $"endOfTurnSilenceSeconds must be more than 0 and at most {MaxEndOfTurnSilenceSeconds}.",
            SpeechJobKind.Synthesize when job.Text is null => "A synthesize job needs text.",
            _ => "",
        };
        return problem.Length == 0;
    }
}
