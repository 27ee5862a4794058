namespace MockInterview.Benchmarks;

/// <summary>How a provider of <see cref="RouterFakeServer"/> answers.</summary>
internal enum RouterFakeMode
{
    /// <summary>200 with a chat completion and usage.</summary>
    Reply,

    /// <summary>500 with OpenAI's error shape.</summary>
    ServerError,

    /// <summary>No reply until the client gives up (a timeout).</summary>
    Hang,
}
