namespace MockInterview.Functions.Tests.Support;

/// <summary>The API tests share one app (and one clock), so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
