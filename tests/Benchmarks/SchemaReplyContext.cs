namespace MockInterview.Benchmarks;

/// <summary>What <see cref="SchemaReply"/> draws from while it builds one reply.</summary>
internal sealed class SchemaReplyContext(Random random, IReadOnlyList<string> ids, IReadOnlyList<string> answers, string? rewording)
{
    /// <summary>Seeded from the request's messages.</summary>
    public Random Random { get; } = random;

    /// <summary>The ids found in the request's data.</summary>
    public IReadOnlyList<string> Ids { get; } = ids;

    /// <summary>The answers found in the request's data.</summary>
    public IReadOnlyList<string> Answers { get; } = answers;

    /// <summary>The request's question reworded, for text properties; null when the data holds none.</summary>
    public string? Rewording { get; } = rewording;

    /// <summary>The id of the array item being built, when the array gives one item per id.</summary>
    public string? ItemId { get; set; }
}
