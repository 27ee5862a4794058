using System.Net;
using System.Text;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Admin;

/// <summary>Every admin route needs X-Admin-Key; without Admin:ApiKey the routes do not exist.</summary>
public sealed class AdminKeyTests : IDisposable
{
    private static readonly string[] GetRoutes = ["/api/admin/providers", "/api/admin/cache"];

    private readonly AdminAppFactory factory = new(AdminAppFactory.WithProviders());

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task AdminRoutes_NoKey_Return401Problem()
    {
        using var client = factory.CreateClient();

        foreach (var route in GetRoutes)
        {
            await Problems.AssertAsync(await client.GetAsync(route), HttpStatusCode.Unauthorized);
        }

        await Problems.AssertAsync(await client.PostAsync("/api/admin/quotas/reset", null), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("wrong-key-wrong-key-wrong")]
    [InlineData("test-admin-key-012345678")]
    [InlineData("test-admin-key-01234567890")]
    [InlineData("TEST-ADMIN-KEY-0123456789")]
    [InlineData("")]
    public async Task AdminRoutes_WrongKey_Return401ProblemThatSaysTheSameAsNoKey(string key)
    {
        using var anonymous = factory.CreateClient();
        var noKeyDetail = await Problems.AssertAsync(await anonymous.GetAsync("/api/admin/providers"), HttpStatusCode.Unauthorized);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", key);

        var detail = await Problems.AssertAsync(await client.GetAsync("/api/admin/providers"), HttpStatusCode.Unauthorized);

        Assert.Equal(noKeyDetail, detail);
        Assert.DoesNotContain(AdminAppFactory.AdminKey, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminRoutes_KeyTwice_Return401Problem()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", [AdminAppFactory.AdminKey, AdminAppFactory.AdminKey]);

        await Problems.AssertAsync(await client.GetAsync("/api/admin/providers"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AdminRoutes_RightKey_Return200()
    {
        using var client = factory.AdminClient();

        foreach (var route in GetRoutes)
        {
            using var response = await client.GetAsync(route);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task ResetQuotas_WrongKeyAndMalformedBody_Returns401BeforeLookingAtTheBody()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", "wrong-key-wrong-key-wrong");
        using var content = new StringContent("{not json", Encoding.UTF8, "application/json");

        await Problems.AssertAsync(await client.PostAsync("/api/admin/quotas/reset", content), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AdminRoutes_AdminKeyNotConfigured_Return404ProblemEvenWithAKey()
    {
        using var disabled = new AdminAppFactory(AdminAppFactory.WithProviders(("Admin:ApiKey", null)));
        using var client = disabled.AdminClient();

        foreach (var route in GetRoutes)
        {
            var detail = await Problems.AssertAsync(await client.GetAsync(route), HttpStatusCode.NotFound);
            Assert.Contains("Admin:ApiKey", detail, StringComparison.Ordinal);
        }

        await Problems.AssertAsync(await client.PostAsync("/api/admin/quotas/reset", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AdminRoutes_EmptyAdminKeySetting_Return404Problem()
    {
        using var disabled = new AdminAppFactory(AdminAppFactory.WithProviders(("Admin:ApiKey", "")));
        using var client = disabled.CreateClient();

        await Problems.AssertAsync(await client.GetAsync("/api/admin/cache"), HttpStatusCode.NotFound);
    }

    [Fact]
    public void Start_AdminKeyShorterThan16Characters_FailsNamingTheSetting()
    {
        using var weak = new AdminAppFactory(AdminAppFactory.WithProviders(("Admin:ApiKey", "admin")));

        var error = Assert.ThrowsAny<Exception>(() => weak.CreateClient().Dispose());

        Assert.Contains("Admin:ApiKey", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminRoutes_CandidateAuthInAppServiceMode_DoNotNeedAPrincipal()
    {
        using var appService = new AdminAppFactory(AdminAppFactory.WithProviders(("Auth:Mode", "AppService")));
        using var client = appService.AdminClient();

        using var response = await client.GetAsync("/api/admin/providers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
