using System.Net;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Health;

[Collection(ApiCollection.Name)]
public sealed class HealthApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Health_StoresReachable_ReturnsOkWithChecks()
    {
        var response = await fixture.CreateClient().GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ok", (string?)body["status"]);
        Assert.Equal("ok", (string?)body["checks"]!["interviews"]);
        Assert.Equal("ok", (string?)body["checks"]!["workflows"]);
    }
}
