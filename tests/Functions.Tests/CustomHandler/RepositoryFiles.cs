namespace MockInterview.Functions.Tests.CustomHandler;

/// <summary>Files of the repository the tests run from (found by walking up to Serverless.sln).</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file given relative to the root.</summary>
    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Serverless.sln above {AppContext.BaseDirectory}.");
    }
}
