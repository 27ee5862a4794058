using System.Globalization;

namespace MockInterview.Functions.Demo;

/// <summary><c>./run.sh demo</c>: a scripted candidate takes a whole interview against the real app on an
/// accelerated clock, then the transcript and the report are printed.</summary>
/// <remarks>The app runs as a child process on its own temporary data folder, exactly as <c>./run.sh</c> starts it,
/// so the demo exercises the real HTTP API, workflow engine and stores.</remarks>
internal static class DemoCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = DemoOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(DemoOptions.Usage);
            return 2;
        }

        var dataDirectory = Directory.CreateTempSubdirectory("mock-interview-demo-");
        try
        {
            await using var server = await AppServerProcess.StartAsync(
                Environment.GetCommandLineArgs()[0],
                dataDirectory.FullName,
                new Dictionary<string, string> { ["Clock__Speed"] = options.Speed.ToString(CultureInfo.InvariantCulture) },
                readyWithin: TimeSpan.FromSeconds(30));
            using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            var candidate = new ScriptedCandidate(http, Console.Out, options);
            var result = await candidate.TakeInterviewAsync();
            if (result != 0)
            {
                Console.Error.WriteLine(server.Log);
            }

            return result;
        }
        finally
        {
            TryDelete(dataDirectory);
        }
    }

    private static void TryDelete(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
