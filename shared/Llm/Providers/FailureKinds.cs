namespace MockInterview.Llm.Providers;

/// <summary>Names of failure kinds as they appear in attempts, logs and health.</summary>
internal static class FailureKinds
{
    public static string Name(FailureKind kind) => kind switch
    {
        FailureKind.RateLimited => "rate-limited",
        FailureKind.Unauthorized => "unauthorized",
        FailureKind.ContextLength => "context-length",
        FailureKind.ServerError => "server-error",
        FailureKind.Timeout => "timeout",
        FailureKind.Malformed => "malformed",
        FailureKind.SchemaViolation => "schema-violation",
        FailureKind.Network => "network",
        FailureKind.BadRequest => "bad-request",
        _ => kind.ToString(),
    };
}
