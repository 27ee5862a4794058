namespace MockInterview.Llm.Redis;

/// <summary>The shared store (Redis) could not be reached or did not answer in time.</summary>
/// <remarks>Thrown by the Redis quota store and cache, never by the memory ones; the caller decides what to do
/// (e.g. treat the cache as a miss, or fall back to local quota counting). The message names the operation and the
/// endpoints, never the password.</remarks>
public sealed class LlmStoreUnavailableException : Exception
{
    public LlmStoreUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
