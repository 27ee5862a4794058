using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Admin;

/// <summary>POST /api/admin/quotas/reset starts a provider's day over (or every provider's).</summary>
public sealed class AdminResetQuotasTests : IDisposable
{
    private readonly AdminAppFactory factory = new(AdminAppFactory.WithProviders());

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Reset_ProviderInBody_ClearsThatProvidersDayOnly()
    {
        await UseBothAsync();

        using var response = await factory.PostAdminAsync("/api/admin/quotas/reset", new { provider = "alpha" });

        var body = await OkJsonAsync(response);
        Assert.Equal(["alpha"], body["reset"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(factory.Clock.GetUtcNow(), (DateTimeOffset)body["at"]!);
        Assert.Equal(0, await factory.RequestsTodayAsync("alpha"));
        Assert.Equal(1, await factory.RequestsTodayAsync("beta"));
    }

    [Fact]
    public async Task Reset_ProviderInQueryAnyCase_ClearsThatProvidersDayOnly()
    {
        await UseBothAsync();

        using var response = await factory.PostAdminAsync("/api/admin/quotas/reset?provider=BETA", null);

        var body = await OkJsonAsync(response);
        Assert.Equal(["beta"], body["reset"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(1, await factory.RequestsTodayAsync("alpha"));
        Assert.Equal(0, await factory.RequestsTodayAsync("beta"));
    }

    [Fact]
    public async Task Reset_NoProvider_ClearsEveryProvider()
    {
        await UseBothAsync();

        using var response = await factory.PostAdminAsync("/api/admin/quotas/reset", null);

        var body = await OkJsonAsync(response);
        Assert.Equal(["alpha", "beta"], body["reset"]!.AsArray().Select(n => (string)n!).Order());
        Assert.Equal(0, await factory.RequestsTodayAsync("alpha"));
        Assert.Equal(0, await factory.RequestsTodayAsync("beta"));
    }

    [Fact]
    public async Task Reset_NullProviderInBody_ClearsEveryProvider()
    {
        await UseBothAsync();

        using var response = await factory.PostAdminAsync("/api/admin/quotas/reset", new { provider = (string?)null });

        Assert.Equal(2, (await OkJsonAsync(response))["reset"]!.AsArray().Count);
    }

    [Fact]
    public async Task Reset_UnknownProvider_Returns404ProblemNamingTheKnownOnes()
    {
        await UseBothAsync();

        using var response = await factory.PostAdminAsync("/api/admin/quotas/reset", new { provider = "gamma" });

        var detail = await Problems.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("gamma", detail, StringComparison.Ordinal);
        Assert.Contains("alpha, beta", detail, StringComparison.Ordinal);
        Assert.Equal(1, await factory.RequestsTodayAsync("alpha"));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[\"alpha\"]")]
    [InlineData("{\"provider\":42}")]
    [InlineData("{\"name\":\"alpha\"}")]
    public async Task Reset_BadBody_Returns400ProblemAndChangesNothing(string json)
    {
        await UseBothAsync();
        using var client = factory.AdminClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        await Problems.AssertAsync(await client.PostAsync("/api/admin/quotas/reset", content), HttpStatusCode.BadRequest);

        Assert.Equal(1, await factory.RequestsTodayAsync("alpha"));
        Assert.Equal(1, await factory.RequestsTodayAsync("beta"));
    }

    [Fact]
    public async Task Reset_QueryAndBodyDisagree_Returns400Problem()
    {
        using var response = await factory.PostAdminAsync("/api/admin/quotas/reset?provider=alpha", new { provider = "beta" });

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Reset_BodyThatIsNotJson_Returns415Problem()
    {
        using var client = factory.AdminClient();
        using var content = new StringContent("provider=alpha", Encoding.UTF8, "application/x-www-form-urlencoded");

        await Problems.AssertAsync(await client.PostAsync("/api/admin/quotas/reset", content), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Reset_GetInsteadOfPost_Returns405Problem()
    {
        using var client = factory.AdminClient();

        await Problems.AssertAsync(await client.GetAsync("/api/admin/quotas/reset"), HttpStatusCode.MethodNotAllowed);
    }

    private async Task UseBothAsync()
    {
        await factory.UseQuotaAsync("alpha");
        await factory.UseQuotaAsync("beta");
    }

    private static async Task<JsonNode> OkJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
