namespace MockInterview.Storage.Files;

/// <summary>The local file store: one file per key in a folder, written to a temporary name and renamed into place.</summary>
/// <remarks>The folder is created on the first save, so an app that never stores a file leaves no folder behind.</remarks>
public sealed class FolderFileStore(string folder) : IFileStore
{
    private const string TemporarySuffix = ".partial";
    private readonly string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    /// <summary>The absolute folder.</summary>
    public string Folder => root;

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(key);
        Directory.CreateDirectory(root);
        var temporary = Path.Combine(root, $".{key}.{FileKeys.New()}{TemporarySuffix}");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            // A rename within one folder is atomic: the key names a whole file or nothing.
            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    private string PathOf(string key)
    {
        FileKeys.EnsureValid(key);
        var path = Path.Combine(root, key);

        // Keys cannot hold separators or dots; this only guards against a future change to FileKeys.
        if (!string.Equals(Path.GetDirectoryName(path), root, StringComparison.Ordinal))
        {
            throw new ArgumentException("The key names a path outside the file store.", nameof(key));
        }

        return path;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Already renamed into place, or gone.
        }
        catch (UnauthorizedAccessException)
        {
            // Nothing more can be done here; the name is hidden and marked partial.
        }
    }
}
