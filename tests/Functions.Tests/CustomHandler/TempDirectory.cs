namespace MockInterview.Functions.Tests.CustomHandler;

/// <summary>Throw-away folders for the custom-handler tests.</summary>
internal static class TempDirectory
{
    /// <summary>A new empty folder.</summary>
    public static string Create() => Directory.CreateTempSubdirectory("custom-handler-tests-").FullName;

    /// <summary>Deletes a folder, ignoring one that is already gone.</summary>
    public static void Delete(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
