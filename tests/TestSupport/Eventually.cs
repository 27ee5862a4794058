namespace MockInterview.TestSupport;

/// <summary>Bounded waits for tests: never sleep for a fixed time, never wait forever.</summary>
public static class Eventually
{
    /// <summary>The default bound of a wait.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(10);

    /// <summary>Polls <paramref name="condition"/> until it is true, failing after <paramref name="timeout"/>.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string because, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (!await condition().ConfigureAwait(false))
        {
            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out waiting until {because}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(5), CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Polls a synchronous condition.</summary>
    public static Task TrueAsync(Func<bool> condition, string because, TimeSpan? timeout = null) =>
        TrueAsync(() => Task.FromResult(condition()), because, timeout);

    /// <summary>Awaits <paramref name="task"/>, failing after <paramref name="timeout"/>.</summary>
    public static async Task<T> WithinAsync<T>(Task<T> task, TimeSpan? timeout = null, string? what = null)
    {
        try
        {
            return await task.WaitAsync(timeout ?? DefaultTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timed out waiting for {what ?? "a task"}.");
        }
    }
}
