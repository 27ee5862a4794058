using MockInterview.Llm.Health;

namespace MockInterview.Llm.Routing;

/// <summary>One provider's circuit on this instance: closed, open until a time (tripped by failures, or waiting out a
/// Retry-After or a 429), or half-open with its single probe in flight.</summary>
/// <remarks>Not thread-safe: <see cref="ProviderState"/> calls it only under its own lock.</remarks>
internal sealed class CircuitBreaker
{
    private CircuitState state = CircuitState.Closed;
    private int consecutiveFailures;
    private bool tripped;
    private bool trippedAlerted;

    /// <summary>When an open circuit lets a probe through.</summary>
    public DateTimeOffset OpenUntil { get; private set; }

    public bool ProbeInFlight { get; private set; }

    /// <summary>True when a call could be admitted now.</summary>
    public bool Admits(DateTimeOffset now) => !ProbeInFlight && (state == CircuitState.Closed || OpenUntil <= now);

    /// <summary>True while failures keep the circuit open: the provider is known to be down.</summary>
    public bool IsTripped(DateTimeOffset now) => tripped && state != CircuitState.Closed && OpenUntil > now;

    /// <summary>When the circuit admits calls again (now when closed).</summary>
    public DateTimeOffset ReadyAt(DateTimeOffset now) => state == CircuitState.Closed ? now : OpenUntil;

    /// <summary>The state to report: an open circuit whose time is up waits for its probe.</summary>
    public CircuitState Reported(DateTimeOffset now) => state == CircuitState.Open && OpenUntil <= now ? CircuitState.HalfOpen : state;

    /// <summary>Admits a call; once an open circuit's time is up the admitted call is the single half-open probe.</summary>
    public bool TryAdmit(DateTimeOffset now)
    {
        if (ProbeInFlight)
        {
            return false;
        }

        if (state == CircuitState.Closed)
        {
            return true;
        }

        if (OpenUntil > now)
        {
            return false;
        }

        state = CircuitState.HalfOpen;
        ProbeInFlight = true;
        return true;
    }

    /// <summary>A failure; true when it tripped the circuit and no trip was reported yet (raise an alert once).</summary>
    public bool Failed(DateTimeOffset now, int threshold, TimeSpan breakDuration, DateTimeOffset? retryAt)
    {
        consecutiveFailures++;
        var wasProbe = ProbeInFlight;
        ProbeInFlight = false;
        if (wasProbe || consecutiveFailures >= threshold)
        {
            var until = now + breakDuration;
            OpenUntil = retryAt is { } r && r > until ? r : until;
            state = CircuitState.Open;
            tripped = true;
            var newlyTripped = !trippedAlerted;
            trippedAlerted = true;
            return newlyTripped;
        }

        if (retryAt is { } at && at > now)
        {
            state = CircuitState.Open;
            OpenUntil = at;
            tripped = false;
        }

        return false;
    }

    /// <summary>A 429: open until <paramref name="until"/> (or later, if already so) without counting a failure.</summary>
    public void RateLimited(DateTimeOffset now, DateTimeOffset until)
    {
        ProbeInFlight = false;
        if (state == CircuitState.Closed || OpenUntil <= now)
        {
            tripped = false;
        }

        state = CircuitState.Open;
        OpenUntil = until > OpenUntil || OpenUntil <= now ? until : OpenUntil;
    }

    /// <summary>Ends a probe without a verdict.</summary>
    public void ReleaseProbe() => ProbeInFlight = false;

    /// <summary>The provider answered: close; true when that ends a trip that was reported.</summary>
    public bool Close()
    {
        consecutiveFailures = 0;
        ProbeInFlight = false;
        tripped = false;
        if (state == CircuitState.Closed)
        {
            return false;
        }

        state = CircuitState.Closed;
        var recovered = trippedAlerted;
        trippedAlerted = false;
        return recovered;
    }
}
