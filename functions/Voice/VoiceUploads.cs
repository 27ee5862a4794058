using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MockInterview.Functions.Resumes;
using MockInterview.Speech.Client;

namespace MockInterview.Functions.Voice;

/// <summary>Reads an audio upload within the time and size limits, and checks its declared type: the steps the two audio
/// endpoints share. A refusal comes back as the problem to answer; nothing is stored before it.</summary>
internal static class VoiceUploads
{
    /// <summary>The upload, or the problem to answer instead.</summary>
    public static Task<(AudioUpload? Upload, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, IOptions<SpeechClientOptions> options, TimeProvider time, CancellationToken cancellationToken) =>
        ReadAsync(request, options, time, longField: null, cancellationToken);

    /// <summary>The upload, with the one field <paramref name="longField"/> allowed up to its own length, or the problem
    /// to answer instead.</summary>
    public static async Task<(AudioUpload? Upload, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, IOptions<SpeechClientOptions> options, TimeProvider time, (string Name, int MaxChars)? longField, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        AudioUpload upload;
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.UploadTimeoutSeconds), time))
        using (var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            try
            {
                upload = await AudioUploadReader.ReadAsync(request, settings.MaxUploadBytes, longField, reading.Token);
            }
            catch (UploadRejectedException rejected)
            {
                return (null, CodedProblems.Create(rejected.StatusCode, rejected.Code, rejected.Detail));
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return (null, CodedProblems.Create(
                    StatusCodes.Status408RequestTimeout,
                    "uploadTimedOut",
                    $"The upload did not arrive within {settings.UploadTimeoutSeconds} seconds; try again on a better connection."));
            }
        }

        var audio = upload.Audio.Content;
        if (audio.Length > settings.MaxUploadBytes)
        {
            audio.Dispose();
            return (null, CodedProblems.Create(
                StatusCodes.Status413PayloadTooLarge, "audioTooLarge", $"The recording is larger than the limit of {settings.MaxUploadBytes:N0} bytes."));
        }

        if (audio.Length == 0)
        {
            audio.Dispose();
            return (null, CodedProblems.Create(StatusCodes.Status400BadRequest, "audioEmpty", "The recording is empty."));
        }

        if (!Allowed(upload.Audio.ContentType, settings))
        {
            audio.Dispose();
            return (null, CodedProblems.Create(
                StatusCodes.Status415UnsupportedMediaType,
                "audioUnsupported",
                $"Recordings may be sent as {string.Join(", ", settings.EffectiveMediaTypes)}; this part was declared as another type."));
        }

        return (upload, null);
    }

    private static bool Allowed(string? declared, SpeechClientOptions settings)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(declared, out var type))
        {
            return false;
        }

        var name = type.MediaType.Value ?? "";
        return name.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            || settings.EffectiveMediaTypes.Any(allowed => allowed.Equals(name, StringComparison.OrdinalIgnoreCase));
    }
}
