using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MockInterview.Functions.Demo;

/// <summary>The app started as a separate OS process on its own data folder and a free loopback port: the demo's
/// server, and what the recovery tests kill (SIGKILL: no graceful shutdown) and start again on the same data.</summary>
internal sealed class AppServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private AppServerProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>What the app printed so far.</summary>
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

    /// <summary>Starts <paramref name="appAssembly"/> (a .dll run by dotnet, or an executable) with its databases in
    /// <paramref name="dataDirectory"/> and the extra <paramref name="settings"/> (environment variables), and waits
    /// until <c>/api/health</c> answers 200.</summary>
    public static async Task<AppServerProcess> StartAsync(
        string appAssembly, string dataDirectory, IReadOnlyDictionary<string, string> settings, TimeSpan readyWithin)
    {
        var port = FreeLoopbackPort();
        var isDll = appAssembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(isDll ? Environment.ProcessPath ?? "dotnet" : appAssembly)
        {
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (isDll)
        {
            start.ArgumentList.Add(appAssembly);
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Workflows__ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "workflows.db")}";
        start.Environment["Interviews__ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "interviews.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var app = new AppServerProcess(
            Process.Start(start) ?? throw new InvalidOperationException($"Could not start {appAssembly}."),
            new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await app.WaitUntilHealthyAsync(readyWithin).ConfigureAwait(false);
            return app;
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
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
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} before it was ready:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync("/api/health").ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50).ConfigureAwait(false);
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

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
