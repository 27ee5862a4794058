using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace MockInterview.Llm.Tests.Support;

/// <summary>A real <c>redis-server</c> on a free 127.0.0.1 port, without persistence, killed on dispose.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private readonly string executable;
    private readonly string directory;
    private Process? process;

    private RedisServer(string executable, int port, string directory)
    {
        this.executable = executable;
        Port = port;
        this.directory = directory;
    }

    /// <summary>The port the server listens on (kept across <see cref="StopAsync"/> and <see cref="RestartAsync"/>).</summary>
    public int Port { get; }

    /// <summary>A StackExchange.Redis connection string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},connectTimeout=2000,syncTimeout=2000";

    /// <summary>Runs <paramref name="read"/> on a connection of its own (to look at keys the way another client would).</summary>
    public async Task<T> InspectAsync<T>(Func<IDatabase, Task<T>> read)
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
        try
        {
            return await read(multiplexer.GetDatabase());
        }
        finally
        {
            // Dispose alone waits out the sync timeout for QUIT replies.
            multiplexer.Close(allowCommandsToComplete: false);
            multiplexer.Dispose();
        }
    }

    /// <summary>Starts a server on a free port and waits (bounded) until it answers PING.</summary>
    /// <param name="executable">The server program, found on the PATH (another name only to test its absence).</param>
    public static async Task<RedisServer> StartAsync(string executable = "redis-server")
    {
        var directory = Directory.CreateTempSubdirectory("redis-test-").FullName;
        for (var attempt = 1; ; attempt++)
        {
            var server = new RedisServer(executable, FreePort(), directory);
            try
            {
                await server.LaunchAsync();
                return server;
            }
            catch (IOException) when (attempt < 3)
            {
                // Another process took the port between our probe and redis-server's bind: try another one.
                await server.StopAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Starts again on <see cref="Port"/> after <see cref="StopAsync"/> simulated an outage (empty: no persistence).</summary>
    public Task RestartAsync() => LaunchAsync();

    private async Task LaunchAsync()
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        foreach (var argument in new[]
        {
            "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", directory, "--daemonize", "no", "--loglevel", "warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"The Redis tests need a real redis-server on the PATH, and '{executable}' was not found. Install it with "
                + "`sudo apt-get install -y redis-server` (Debian/Ubuntu) or `brew install redis` (macOS), "
                + "or run ./test.sh, which installs it on Debian.", e);
        }

        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitForPingAsync(process, output);
    }

    /// <summary>Kills the server (an outage as the app sees it); <see cref="RestartAsync"/> brings it back.</summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync().WaitAsync(StartTimeout);
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task WaitForPingAsync(Process started, StringBuilder output)
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            if (started.HasExited)
            {
                throw new IOException($"redis-server exited with {started.ExitCode} on port {Port}: {Snapshot(output)}");
            }

            if (await PingAsync(deadline.Token))
            {
                return;
            }

            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"redis-server on port {Port} did not answer PING within {StartTimeout.TotalSeconds} s: {Snapshot(output)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None);
        }
    }

    private async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, cancellationToken);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString().Trim();
        }
    }
}
