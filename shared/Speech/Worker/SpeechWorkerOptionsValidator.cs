using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Worker;

/// <summary>Checks <see cref="SpeechWorkerOptions"/> at start so that a bad setting stops the worker with a clear message.</summary>
internal sealed class SpeechWorkerOptionsValidator : IValidateOptions<SpeechWorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, SpeechWorkerOptions options)
    {
        var errors = new List<string>();
        Range(errors, "MaxConcurrentJobs", options.MaxConcurrentJobs, 0, 256);
        Range(errors, "BufferCapacity", options.BufferCapacity, 0, 1024);
        Range(errors, "VisibilityTimeoutSeconds", options.VisibilityTimeoutSeconds, 5, 86_400);
        Range(errors, "MaxAttempts", options.MaxAttempts, 1, 20);
        Range(errors, "RetryDelaySeconds", options.RetryDelaySeconds, 0, 3600);
        Range(errors, "MaxRetryDelaySeconds", options.MaxRetryDelaySeconds, 0, 3600);
        Range(errors, "PollIntervalMilliseconds", options.PollIntervalMilliseconds, 10, 60_000);
        Range(errors, "HeartbeatSeconds", options.HeartbeatSeconds, 1, 3600);
        Range(errors, "EngineCheckSeconds", options.EngineCheckSeconds, 10, 86_400);
        if (options.MaxRetryDelaySeconds < options.RetryDelaySeconds)
        {
            errors.Add("Speech:Worker:MaxRetryDelaySeconds must be at least Speech:Worker:RetryDelaySeconds.");
        }

        if (options.WorkerId.Length > 200 || options.WorkerId.Any(char.IsControl))
        {
            errors.Add("Speech:Worker:WorkerId must be at most 200 characters, without control characters.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Range(List<string> errors, string setting, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            errors.Add($"Speech:Worker:{setting} must be {min}–{max}; it is {value}.");
        }
    }
}
