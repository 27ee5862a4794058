namespace MockInterview.Llm.Tests.Support;

/// <summary>The answers of one fake provider: queued ones first, then a rule (by request or by call number), then the default.</summary>
internal sealed class ProviderScript
{
    private readonly Lock gate = new();
    private readonly Queue<FakeBehavior> queued = new();
    private Func<int, FakeBehavior>? rule;
    private Func<RecordedRequest, int, FakeBehavior>? byRequest;
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
            byRequest = null;
        }

        return this;
    }

    /// <summary>Answers by call number (0-based) from now on (after the queue).</summary>
    public ProviderScript ByCall(Func<int, FakeBehavior> byCall)
    {
        lock (gate)
        {
            rule = byCall;
            byRequest = null;
        }

        return this;
    }

    /// <summary>Answers by the request and its call number (0-based) from now on (after the queue), e.g. by the reply
    /// schema it asks for. Runs under the script's lock, so the rule may record what it saw without its own.</summary>
    public ProviderScript ByRequest(Func<RecordedRequest, int, FakeBehavior> rule)
    {
        lock (gate)
        {
            byRequest = rule;
            this.rule = null;
        }

        return this;
    }

    /// <summary>The answer to the next call, when the request is not known (a rule by request cannot answer it).</summary>
    public FakeBehavior Next() => Next(null);

    /// <summary>The answer to <paramref name="request"/>.</summary>
    public FakeBehavior Next(RecordedRequest? request)
    {
        lock (gate)
        {
            var n = calls++;
            if (queued.TryDequeue(out var next))
            {
                return next;
            }

            if (byRequest is not null)
            {
                return byRequest(request ?? throw new InvalidOperationException("A rule by request needs the request."), n);
            }

            return rule?.Invoke(n) ?? fallback;
        }
    }
}
