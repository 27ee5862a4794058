namespace MockInterview.Llm.Tests.Support;

/// <summary>One scripted answer of a fake provider.</summary>
internal sealed record FakeBehavior(FakeKind Kind)
{
    /// <summary>Reply text; null means "reply from {provider}".</summary>
    public string? Content { get; init; }

    public int Status { get; init; } = 200;

    public string? RetryAfter { get; init; }

    /// <summary>Replaces the error body (e.g. Gemini's RetryInfo shape).</summary>
    public string? ErrorBody { get; init; }

    /// <summary>Real delay before the first byte (keep tiny).</summary>
    public TimeSpan FirstByteDelay { get; init; }

    public int PromptTokens { get; init; } = 12;

    public int CompletionTokens { get; init; } = 7;

    public static FakeBehavior Reply(string? content = null) => new(FakeKind.Reply) { Content = content };

    public static FakeBehavior Slow(TimeSpan delay, string? content = null) => new(FakeKind.Reply) { Content = content, FirstByteDelay = delay };

    public static FakeBehavior RateLimit(string? retryAfter) => new(FakeKind.RateLimited) { Status = 429, RetryAfter = retryAfter };

    public static FakeBehavior Error(int status, string? retryAfter = null) => new(FakeKind.ServerError) { Status = status, RetryAfter = retryAfter };

    public static FakeBehavior Hang() => new(FakeKind.Hang);

    public static FakeBehavior Malformed() => new(FakeKind.Malformed);

    public static FakeBehavior Unauthorized() => new(FakeKind.Unauthorized) { Status = 401 };

    public static FakeBehavior ContextLength() => new(FakeKind.ContextLength) { Status = 400 };

    public static FakeBehavior StreamThenDrop(string content) => new(FakeKind.StreamThenDrop) { Content = content };
}
