using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

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
        var baseUrl = $"http://127.0.0.1:{FreeLoopbackPort()}";
        using var server = StartServer(baseUrl, dataDirectory.FullName, options.Speed);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilHealthyAsync(http, server);
            var candidate = new ScriptedCandidate(http, Console.Out, options);
            return await candidate.TakeInterviewAsync();
        }
        finally
        {
            StopServer(server);
            TryDelete(dataDirectory);
        }
    }

    private static Process StartServer(string baseUrl, string dataDirectory, double speed)
    {
        var entryAssembly = Environment.GetCommandLineArgs()[0];
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (entryAssembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(entryAssembly);
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        start.Environment["Clock__Speed"] = speed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Workflows__ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "workflows.db")}";
        start.Environment["Interviews__ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "interviews.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"[app] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilHealthyAsync(HttpClient http, Process server)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {server.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await http.GetAsync("/api/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The app did not become healthy within 30 s.");
    }

    private static void StopServer(Process server)
    {
        if (!server.HasExited)
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit(5_000);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
