using Microsoft.Extensions.Options;

namespace MockInterview.Storage.Queues;

/// <summary>Checks <see cref="WorkQueueOptions"/> at start so that a bad setting stops the app with a clear message.</summary>
internal sealed class WorkQueueOptionsValidator : IValidateOptions<WorkQueueOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkQueueOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Database))
        {
            errors.Add("Storage:Queues:Database is required: the SQLite file of the work queues.");
        }
        else if (options.Database.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || options.Database.Contains(';', StringComparison.Ordinal))
        {
            errors.Add("Storage:Queues:Database must be a file path (not a connection string).");
        }
        else if (options.Database.Trim() is ":memory:")
        {
            errors.Add("Storage:Queues:Database must be a file: the queues are shared between processes through it.");
        }

        if (options.BusyTimeoutMilliseconds is < 0 or > 600_000)
        {
            errors.Add($"Storage:Queues:BusyTimeoutMilliseconds must be 0–600000; it is {options.BusyTimeoutMilliseconds}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
