namespace MockInterview.Llm.Tests.Support;

/// <summary>What the fake provider does with one request.</summary>
internal enum FakeKind
{
    /// <summary>A normal reply (SSE when the request asks to stream).</summary>
    Reply,

    /// <summary>429 with an optional Retry-After.</summary>
    RateLimited,

    /// <summary>An HTTP error status such as 500 or 503.</summary>
    ServerError,

    /// <summary>Waits until the client gives up.</summary>
    Hang,

    /// <summary>200 with a body that is not JSON.</summary>
    Malformed,

    /// <summary>401 with OpenAI's error shape.</summary>
    Unauthorized,

    /// <summary>400 with code context_length_exceeded.</summary>
    ContextLength,

    /// <summary>Streams the first piece, then drops the connection.</summary>
    StreamThenDrop,
}
