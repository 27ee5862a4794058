using Microsoft.Extensions.Logging;

namespace MockInterview.Benchmarks;

/// <summary>The logger of one category for <see cref="FallbackLogCounter"/>: passes on warnings and errors.</summary>
internal sealed class FallbackLogger(FallbackLogCounter owner, bool brain) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            owner.Record(brain, state, exception, formatter);
        }
    }
}
