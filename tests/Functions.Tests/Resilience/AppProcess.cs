using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MockInterview.Functions.Tests.Resilience;

/// <summary>The real app started as a separate OS process on a given data folder, so that a test can kill it
/// (SIGKILL: no graceful shutdown, no disposal) and start it again on the same databases.</summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    public static async Task<AppProcess> StartAsync(string dataDirectory, TimeSpan readyWithin)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AppAssemblyPath());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Workflows__ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "workflows.db")}";
        start.Environment["Interviews__ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "interviews.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var app = new AppProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        await app.WaitUntilHealthyAsync(readyWithin);
        return app;
    }

    /// <summary>SIGKILL: the process gets no chance to flush, commit or dispose anything.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan within)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode}:\n{Log}");
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

            await Task.Delay(50);
        }

        throw new TimeoutException($"The app was not healthy within {within}:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }

    /// <summary>The app's build output sits beside this test project's under the same artifacts folder.</summary>
    private static string AppAssemblyPath()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testOutput.Name;
        var candidate = Path.Combine(testOutput.Parent!.Parent!.FullName, "MockInterview.Functions", configuration, "MockInterview.Functions.dll");
        return File.Exists(candidate)
            ? candidate
            : throw new FileNotFoundException($"The app's build output was not found at {candidate}; build the solution first.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
