namespace MockInterview.Benchmarks;

/// <summary>How a provider of <see cref="RouterFakeServer"/> answers.</summary>
internal enum RouterFakeMode
{
    /// <summary>200 with a chat completion and usage.</summary>
    Reply,

    /// <summary>200 with a reply built from the request's JSON schema and data (<see cref="SchemaReply"/>); requests
    /// without a schema get the <see cref="Reply"/> content.</summary>
    SchemaReply,

    /// <summary>500 with OpenAI's error shape.</summary>
    ServerError,

    /// <summary>No reply until the client gives up (a timeout).</summary>
    Hang,
}
