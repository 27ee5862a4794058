namespace MockInterview.Sandbox;

/// <summary>The limits one sandboxed run is held to.</summary>
/// <param name="MaxMemoryBytes">Address space of the tool (<c>prlimit --as</c>); allocations past it fail.</param>
/// <param name="MaxCpuSeconds">CPU seconds (<c>prlimit --cpu</c>, whole seconds); the kernel ends the tool past it.</param>
/// <param name="MaxFileBytes">Largest file the tool may write (<c>prlimit --fsize</c>).</param>
/// <param name="Timeout">Wall-clock limit; the process tree is killed past it. A backstop for a tool that blocks
/// without using CPU.</param>
/// <param name="MaxOutputBytes">Most bytes of standard output kept; the tool is killed when it writes more.</param>
public sealed record SandboxLimits(long MaxMemoryBytes, int MaxCpuSeconds, long MaxFileBytes, TimeSpan Timeout, int MaxOutputBytes)
{
    /// <summary>Checks the values; called by the runner so that a bad limit fails before a process starts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero, negative or out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxMemoryBytes, 16L * 1024 * 1024, nameof(MaxMemoryBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCpuSeconds, 1, nameof(MaxCpuSeconds));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxFileBytes, nameof(MaxFileBytes));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxOutputBytes, 1, nameof(MaxOutputBytes));
    }
}
