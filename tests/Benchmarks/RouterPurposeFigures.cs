namespace MockInterview.Benchmarks;

/// <summary>What one request purpose did over the simulated day.</summary>
/// <param name="Calls">Calls the brain made.</param>
/// <param name="Cacheable">Of those, calls whose request allowed the cache.</param>
/// <param name="FromCache">Calls served from the cache.</param>
/// <param name="Failovers">Calls answered by another provider after a failed attempt.</param>
/// <param name="Lost">Calls no provider answered (router exception, or the brain's deadline).</param>
internal sealed record RouterPurposeFigures(int Calls, int Cacheable, int FromCache, int Failovers, int Lost)
{
    public double HitRate => Calls == 0 ? 0 : 100.0 * FromCache / Calls;
}
