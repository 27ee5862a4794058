namespace MockInterview.Storage.Files;

/// <summary>Keeps uploaded files by key: a folder locally, blob storage in Azure.</summary>
/// <remarks>Keys are made by <see cref="FileKeys.New"/>, never from a user's file name; a store refuses any other key,
/// so no key can name a path outside the store. A saved file is complete or absent: readers never see half a file.</remarks>
public interface IFileStore
{
    /// <summary>Saves <paramref name="content"/> (read to its end) under <paramref name="key"/>, which must be new.</summary>
    /// <exception cref="IOException">A file with that key exists, or the write failed; nothing is left behind.</exception>
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>Opens the file saved under <paramref name="key"/> for reading; null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes the file saved under <paramref name="key"/>; false when there was none.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken);
}
