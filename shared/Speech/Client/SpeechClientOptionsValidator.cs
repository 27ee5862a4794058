using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Client;

/// <summary>Checks <see cref="SpeechClientOptions"/> at start so that a bad setting stops the app with a clear message.</summary>
internal sealed class SpeechClientOptionsValidator : IValidateOptions<SpeechClientOptions>
{
    public ValidateOptionsResult Validate(string? name, SpeechClientOptions options)
    {
        var errors = new List<string>();
        Range(errors, "TranscribeDeadlineSeconds", options.TranscribeDeadlineSeconds, 0.5, 300);
        Range(errors, "SynthesizeDeadlineSeconds", options.SynthesizeDeadlineSeconds, 0.5, 300);
        Range(errors, "MaxUploadBytes", options.MaxUploadBytes, 1024, 200L * 1024 * 1024);
        Range(errors, "UploadTimeoutSeconds", options.UploadTimeoutSeconds, 1, 600);
        Range(errors, "WorkerTimeoutSeconds", options.WorkerTimeoutSeconds, 1, 3600);
        Range(errors, "AvailabilityCacheSeconds", options.AvailabilityCacheSeconds, 0, 60);
        Range(errors, "ResultsPollMilliseconds", options.ResultsPollMilliseconds, 10, 60_000);
        Range(errors, "RetryAfterSeconds", options.RetryAfterSeconds, 1, 3600);
        foreach (var type in options.AllowedMediaTypes.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            if (!type.Contains('/', StringComparison.Ordinal) || type.Contains(';', StringComparison.Ordinal))
            {
                errors.Add($"Speech:Client:AllowedMediaTypes holds '{type}', which is not a media type such as audio/wav (no parameters).");
            }
        }

        if (string.IsNullOrWhiteSpace(options.QueueConnectionSetting))
        {
            errors.Add("Speech:Client:QueueConnectionSetting is required: the app setting with the queue storage connection.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Range(List<string> errors, string setting, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            errors.Add($"Speech:Client:{setting} must be {min}–{max}; it is {value}.");
        }
    }
}
