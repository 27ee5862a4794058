namespace MockInterview.Interviewing.Tests.Scoring;

/// <summary>Tests that measure CPU time run alone, so other tests' threads do not count against them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "serial";
}
