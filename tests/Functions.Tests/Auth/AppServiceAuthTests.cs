using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Auth;

public sealed class AppServiceAuthTests : IDisposable
{
    private readonly ApiFixture fixture = new();

    public AppServiceAuthTests() => fixture.Settings["Auth:Mode"] = "AppService";

    [Fact]
    public async Task Start_NoAppServicePrincipal_Returns401()
    {
        var detail = await Problems.AssertAsync(await fixture.CreateClient().PostAsJsonAsync("/api/interviews", new { mode = "behavioral" }), HttpStatusCode.Unauthorized);
        Assert.Contains("App Service Authentication", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DevelopmentHeaderOnly_Returns401()
    {
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Add("X-User-Id", "local");
        await Problems.AssertAsync(await client.PostAsJsonAsync("/api/interviews", new { mode = "behavioral" }), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Interview_AppServicePrincipal_OwnedByThatPrincipalOnly()
    {
        var owner = Principal("00000000-0000-0000-0000-000000000001", "ada@example.com");
        var created = await owner.PostAsJsonAsync("/api/interviews", new { mode = "technical" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/interviews/{id}")).StatusCode);
        var other = Principal("00000000-0000-0000-0000-000000000002", "eve@example.com");
        await Problems.AssertAsync(await other.GetAsync($"/api/interviews/{id}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await fixture.CreateClient().GetAsync("/api/health")).StatusCode);
    }

    public void Dispose() => fixture.Dispose();

    private HttpClient Principal(string id, string name)
    {
        var claims = new JsonObject
        {
            ["auth_typ"] = "aad",
            ["claims"] = new JsonArray(new JsonObject { ["typ"] = "name", ["val"] = name }),
        };
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL-ID", id);
        client.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL", Convert.ToBase64String(Encoding.UTF8.GetBytes(claims.ToJsonString())));
        return client;
    }
}
