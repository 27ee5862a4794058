using Microsoft.Extensions.Logging.Abstractions;
using MockInterview.Llm.Redis;

namespace MockInterview.Llm.Tests.Support;

/// <summary>Opens the Redis connections of one test (one per simulated app instance) and closes them all at the end.</summary>
internal sealed class RedisConnections : IDisposable
{
    private readonly List<RedisConnection> connections = [];

    public RedisConnection Connect(string connectionString, string keyPrefix, int operationTimeoutMilliseconds = 5_000)
    {
        var connection = new RedisConnection(
            new RedisOptions { ConnectionString = connectionString, KeyPrefix = keyPrefix, OperationTimeoutMilliseconds = operationTimeoutMilliseconds },
            NullLogger<RedisConnection>.Instance);
        connections.Add(connection);
        return connection;
    }

    public void Dispose()
    {
        foreach (var connection in connections)
        {
            connection.Dispose();
        }
    }
}
