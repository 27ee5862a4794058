namespace MockInterview.Llm.Redis;

/// <summary>Where the shared LLM stores live (section <c>Redis</c>); without a connection string they stay in memory.</summary>
internal sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis connection string, e.g. <c>name.redis.cache.windows.net:6380,password=…,ssl=True</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Put before every key, so that several apps can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "mockinterview:";

    /// <summary>How long one store operation may take before it fails with <see cref="LlmStoreUnavailableException"/>.</summary>
    public int OperationTimeoutMilliseconds { get; set; } = 1_000;

    /// <summary>Null when valid; otherwise what is wrong (never repeating the connection string, which holds a password).</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(KeyPrefix))
        {
            return "Redis:KeyPrefix must not be empty.";
        }

        if (OperationTimeoutMilliseconds is < 10 or > 60_000)
        {
            return "Redis:OperationTimeoutMilliseconds must be between 10 and 60000.";
        }

        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            try
            {
                StackExchange.Redis.ConfigurationOptions.Parse(ConnectionString);
            }
            catch (ArgumentException)
            {
                return "Redis:ConnectionString is not a valid StackExchange.Redis connection string.";
            }
        }

        return null;
    }
}
