using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace MockInterview.Candidates;

/// <summary>Checks <see cref="CandidatesOptions"/> at start so that a bad setting stops the app with a clear message.</summary>
internal sealed class CandidatesOptionsValidator : IValidateOptions<CandidatesOptions>
{
    public ValidateOptionsResult Validate(string? name, CandidatesOptions options)
    {
        var errors = new List<string>();
        try
        {
            if (string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(options.ConnectionString).DataSource))
            {
                errors.Add("Candidates:ConnectionString needs a Data Source.");
            }
        }
        catch (ArgumentException ex)
        {
            errors.Add($"Candidates:ConnectionString is not a valid SQLite connection string: {ex.Message}");
        }

        if (string.IsNullOrWhiteSpace(options.FilesFolder))
        {
            errors.Add("Candidates:FilesFolder is required: the folder where uploaded files are kept.");
        }

        Range(errors, "MaxResumesPerOwner", options.MaxResumesPerOwner, 1, 10_000);
        Range(errors, "MaxJobsPerOwner", options.MaxJobsPerOwner, 1, 10_000);
        Range(errors, "MaxJobDescriptionChars", options.MaxJobDescriptionChars, 100, 1_000_000);
        Range(errors, "MaxJobTitleChars", options.MaxJobTitleChars, 10, 1_000);
        Range(errors, "UploadTimeoutSeconds", options.UploadTimeoutSeconds, 1, 600);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Range(List<string> errors, string setting, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"Candidates:{setting} must be {min}–{max}; it is {value}.");
        }
    }
}
