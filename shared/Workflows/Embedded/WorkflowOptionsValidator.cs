using Microsoft.Extensions.Options;

namespace MockInterview.Workflows;

/// <summary>Checks <see cref="WorkflowOptions"/> when they are first read (at start).</summary>
internal sealed class WorkflowOptionsValidator : IValidateOptions<WorkflowOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            errors.Add($"{WorkflowOptions.SectionName}:{nameof(WorkflowOptions.ConnectionString)} is required.");
        }

        if (options.MaxConcurrentActivities < 1)
        {
            errors.Add($"{WorkflowOptions.SectionName}:{nameof(WorkflowOptions.MaxConcurrentActivities)} must be at least 1.");
        }

        if (options.MaxConcurrentEpisodes < 1)
        {
            errors.Add($"{WorkflowOptions.SectionName}:{nameof(WorkflowOptions.MaxConcurrentEpisodes)} must be at least 1.");
        }

        if (options.InstanceCacheSize < 0)
        {
            errors.Add($"{WorkflowOptions.SectionName}:{nameof(WorkflowOptions.InstanceCacheSize)} must not be negative.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Validates options that did not come through the options factory (e.g. <c>Options.Create</c>).</summary>
    public static void ThrowIfInvalid(WorkflowOptions options)
    {
        var result = new WorkflowOptionsValidator().Validate(null, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(WorkflowOptions), result.Failures);
        }
    }
}
