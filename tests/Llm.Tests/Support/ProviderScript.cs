namespace MockInterview.Llm.Tests.Support;

/// <summary>The answers of one fake provider: queued ones first, then a rule by call number, then the default.</summary>
internal sealed class ProviderScript
{
    private readonly Lock gate = new();
    private readonly Queue<FakeBehavior> queued = new();
    private Func<int, FakeBehavior>? rule;
    private FakeBehavior fallback = FakeBehavior.Reply();
    private int calls;

    /// <summary>Answers these, in order, before anything else.</summary>
    public ProviderScript Then(params FakeBehavior[] behaviors)
    {
        lock (gate)
        {
            foreach (var b in behaviors)
            {
                queued.Enqueue(b);
            }
        }

        return this;
    }

    /// <summary>Answers this from now on (after the queue).</summary>
    public ProviderScript Always(FakeBehavior behavior)
    {
        lock (gate)
        {
            fallback = behavior;
            rule = null;
        }

        return this;
    }

    /// <summary>Answers by call number (0-based) from now on (after the queue).</summary>
    public ProviderScript ByCall(Func<int, FakeBehavior> byCall)
    {
        lock (gate)
        {
            rule = byCall;
        }

        return this;
    }

    public FakeBehavior Next()
    {
        lock (gate)
        {
            var n = calls++;
            if (queued.TryDequeue(out var next))
            {
                return next;
            }

            return rule?.Invoke(n) ?? fallback;
        }
    }
}
