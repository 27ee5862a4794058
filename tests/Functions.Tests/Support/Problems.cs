using System.Net;
using System.Text.Json.Nodes;

namespace MockInterview.Functions.Tests.Support;

/// <summary>Assertions on problem+json answers.</summary>
public static class Problems
{
    /// <summary>Asserts the status, the problem+json content type and a detail; returns the detail.</summary>
    public static async Task<string> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal((int)status, (int?)problem["status"]);
        var detail = (string?)problem["detail"];
        Assert.False(string.IsNullOrWhiteSpace(detail), $"The problem has no detail: {body}");
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return detail!;
    }
}
