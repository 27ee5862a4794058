using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MockInterview.Benchmarks;

/// <summary>A logger provider that counts the warnings of the LLM interviewer (each one a call the offline brain
/// answered instead, "falls back") by purpose, and keeps the first few messages to explain them; other categories' warnings
/// (the router's, about the failing provider) are counted apart.</summary>
internal sealed class FallbackLogCounter : ILoggerProvider
{
    private const string BrainCategory = "LlmInterviewerBrain";

    private ConcurrentDictionary<string, int> fallbacks = new(StringComparer.Ordinal);
    private ConcurrentQueue<string> samples = new();
    private int otherWarnings;

    /// <summary>The brain's fallback warnings, by the purpose it logged ("?" when it logged none).</summary>
    public IReadOnlyDictionary<string, int> Fallbacks => fallbacks;

    /// <summary>The first few fallback messages.</summary>
    public IReadOnlyCollection<string> Samples => samples;

    /// <summary>Warnings and errors of every other category.</summary>
    public int OtherWarnings => Volatile.Read(ref otherWarnings);

    /// <summary>Starts counting afresh (between simulated days).</summary>
    public void Reset()
    {
        fallbacks = new(StringComparer.Ordinal);
        samples = new();
        Volatile.Write(ref otherWarnings, 0);
    }

    public ILogger CreateLogger(string categoryName) => new FallbackLogger(this, categoryName.EndsWith(BrainCategory, StringComparison.Ordinal));

    public void Dispose()
    {
    }

    public void Record<TState>(bool brain, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!brain)
        {
            Interlocked.Increment(ref otherWarnings);
            return;
        }

        var purpose = state is IReadOnlyList<KeyValuePair<string, object?>> values
            ? values.FirstOrDefault(v => v.Key == "Purpose").Value?.ToString() ?? "?"
            : "?";
        fallbacks.AddOrUpdate(purpose, 1, (_, n) => n + 1);
        if (samples.Count < 5)
        {
            samples.Enqueue(formatter(state, exception));
        }
    }
}
