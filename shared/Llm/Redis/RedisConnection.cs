using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MockInterview.Llm.Redis;

/// <summary>The one <see cref="ConnectionMultiplexer"/> of the app, connected on first use and disposed with the container.</summary>
/// <remarks>The multiplexer is created with AbortOnConnectFail off, so an unreachable server does not poison it:
/// operations fail with <see cref="LlmStoreUnavailableException"/> and succeed again once it reconnects.</remarks>
internal sealed partial class RedisConnection : IDisposable
{
    private readonly ConfigurationOptions configuration;
    private readonly ILogger logger;
    private readonly object gate = new();
    private Task<ConnectionMultiplexer>? connecting;
    private bool disposed;

    public RedisConnection(RedisOptions options, ILogger<RedisConnection> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        configuration = ConfigurationOptions.Parse(options.ConnectionString);
        configuration.AbortOnConnectFail = false;
        configuration.SyncTimeout = Math.Max(configuration.SyncTimeout, options.OperationTimeoutMilliseconds);
        KeyPrefix = options.KeyPrefix;
        OperationTimeout = TimeSpan.FromMilliseconds(options.OperationTimeoutMilliseconds);
        Endpoints = string.Join(",", configuration.EndPoints.Select(e => e.ToString()));
        this.logger = logger;
    }

    /// <summary>Put before every key.</summary>
    public string KeyPrefix { get; }

    /// <summary>The bound on one operation.</summary>
    public TimeSpan OperationTimeout { get; }

    /// <summary>The server endpoints, safe to log (no password).</summary>
    public string Endpoints { get; }

    /// <summary>Runs <paramref name="operation"/> within <see cref="OperationTimeout"/> (or <paramref name="timeout"/>),
    /// turning every Redis failure into <see cref="LlmStoreUnavailableException"/>.</summary>
    public async Task<T> RunAsync<T>(string what, Func<ConnectionMultiplexer, Task<T>> operation, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        try
        {
            var multiplexer = await Multiplexer().WaitAsync(OperationTimeout, cancellationToken).ConfigureAwait(false);
            return await operation(multiplexer).WaitAsync(timeout ?? OperationTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogUnavailable(logger, what, Endpoints, e.Message);
            throw new LlmStoreUnavailableException($"Redis at {Endpoints} did not {what}: {e.Message}", e);
        }
    }

    public void Dispose()
    {
        Task<ConnectionMultiplexer>? connected;
        lock (gate)
        {
            disposed = true;
            connected = connecting;
        }

        if (connected is { IsCompletedSuccessfully: true })
        {
            Close(connected.Result);
        }
        else
        {
            connected?.ContinueWith(t => Close(t.Result), TaskContinuationOptions.OnlyOnRanToCompletion);
        }
    }

    /// <summary>Closes without waiting for replies: Dispose alone waits up to the sync timeout for QUIT, which only
    /// slows the shutdown (a reservation in flight is lost with the process anyway).</summary>
    private static void Close(ConnectionMultiplexer multiplexer)
    {
        multiplexer.Close(allowCommandsToComplete: false);
        multiplexer.Dispose();
    }

    private Task<ConnectionMultiplexer> Multiplexer()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);

            // A failed attempt (e.g. DNS) is not kept: the next operation tries again.
            if (connecting is null || connecting.IsFaulted || connecting.IsCanceled)
            {
                connecting = ConnectAsync();
            }

            return connecting;
        }
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        LogConnecting(logger, configuration.ToString(includePassword: false));
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        multiplexer.ConnectionFailed += (_, e) => LogConnectionFailed(logger, e.EndPoint?.ToString(), e.FailureType.ToString(), e.Exception?.Message);
        multiplexer.ConnectionRestored += (_, e) => LogConnectionRestored(logger, e.EndPoint?.ToString());
        return multiplexer;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connecting to Redis ({Configuration}) for the LLM quota store and cache")]
    private static partial void LogConnecting(ILogger logger, string configuration);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection to {EndPoint} failed ({FailureType}): {Reason}")]
    private static partial void LogConnectionFailed(ILogger logger, string? endPoint, string failureType, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection to {EndPoint} restored")]
    private static partial void LogConnectionRestored(ILogger logger, string? endPoint);

    // Debug: during an outage every call fails; the ConnectionFailed warning above already says so once.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Redis at {Endpoints} did not {What}: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string what, string endpoints, string reason);
}
