namespace MockInterview.Benchmarks;

/// <summary>Where the in-process app's files are: WebApplicationFactory guesses the app's folder from the solution
/// layout only for test projects, so this console app names it (functions/ beside Serverless.sln) through the
/// variable the factory reads.</summary>
internal static class AppContentRoot
{
    private const string Variable = "ASPNETCORE_TEST_CONTENTROOT_MOCKINTERVIEW_FUNCTIONS";

    /// <summary>Sets the variable unless the caller already did.</summary>
    public static void EnsureSet()
    {
        if (Environment.GetEnvironmentVariable(Variable) is null)
        {
            Environment.SetEnvironmentVariable(Variable, Path.Combine(RepositoryRoot(), "functions"));
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Serverless.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Serverless.sln was not found above {AppContext.BaseDirectory}.");
    }
}
