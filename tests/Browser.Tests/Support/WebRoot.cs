namespace MockInterview.Browser.Tests.Support;

/// <summary>The app's static files (functions/wwwroot) in the source tree.</summary>
internal static class WebRoot
{
    /// <summary>The folder, found upwards from the test's output folder.</summary>
    public static string Folder { get; } = Find();

    /// <summary>The full path of <paramref name="file"/> in the folder.</summary>
    public static string File(string file) => Path.Combine(Folder, file);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "functions", "wwwroot");
            if (System.IO.File.Exists(Path.Combine(candidate, "voice.js")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("functions/wwwroot was not found above " + AppContext.BaseDirectory);
    }
}
