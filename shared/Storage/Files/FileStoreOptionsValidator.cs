using Microsoft.Extensions.Options;

namespace MockInterview.Storage.Files;

/// <summary>Checks <see cref="FileStoreOptions"/> at start so that a bad setting stops the app with a clear message.</summary>
internal sealed class FileStoreOptionsValidator : IValidateOptions<FileStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, FileStoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            return ValidateOptionsResult.Fail("Storage:Files:Folder is required: the folder where stored files are kept.");
        }

        return options.Folder.IndexOfAny(Path.GetInvalidPathChars()) >= 0
            ? ValidateOptionsResult.Fail("Storage:Files:Folder holds characters that cannot be in a path.")
            : ValidateOptionsResult.Success;
    }
}
