using System.Net;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Hosting;

[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(ApiFixture fixture)
{
    [Fact]
    public async Task OpenApi_Document_ListsEveryRouteAndOperation()
    {
        var response = await fixture.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["paths"]!.AsObject();

        var expected = new Dictionary<string, string[]>
        {
            ["/api/interviews"] = ["post"],
            ["/api/interviews/{id}"] = ["get"],
            ["/api/interviews/{id}/events"] = ["get"],
            ["/api/interviews/{id}/answers"] = ["post"],
            ["/api/interviews/{id}/end"] = ["post"],
            ["/api/interviews/{id}/report"] = ["get"],
            ["/api/evaluate"] = ["post"],
            ["/api/health"] = ["get"],
        };
        foreach (var (path, methods) in expected)
        {
            Assert.True(paths.ContainsKey(path), $"The OpenAPI document lacks {path}; it has {string.Join(", ", paths.Select(p => p.Key))}.");
            foreach (var method in methods)
            {
                Assert.NotNull(paths[path]![method]);
            }
        }

        Assert.Equal("StartInterview", (string?)paths["/api/interviews"]!["post"]!["operationId"]);
    }
}
