using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.CustomHandler;

namespace MockInterview.Functions.Tests.CustomHandler;

/// <summary>Generated function.json files and host.json follow the documented schema (DURABLE_PROTOCOL.md §1).</summary>
public sealed class FunctionJsonSchemaTests : IDisposable
{
    private static readonly HashSet<string> HttpMethods = ["get", "post", "put", "patch", "delete", "head", "options"];
    private static readonly HashSet<string> DurableTriggers = ["orchestrationTrigger", "activityTrigger", "entityTrigger"];

    private readonly CustomHandlerAppFactory factory = new(new TestTriggers().Register);
    private readonly string appRoot = TempDirectory.Create();

    public void Dispose()
    {
        factory.Dispose();
        TempDirectory.Delete(appRoot);
    }

    [Fact]
    public void Generate_EveryFunctionJson_FollowsTheBindingSchema()
    {
        factory.CreateClient().Dispose();
        FunctionJsonWriter.Write(appRoot, factory.Services.GetRequiredService<FunctionTable>().GetFunctions());
        var files = FunctionJsonFiles.Read(appRoot);

        Assert.Contains(files.Values, IsHttpFunction);
        Assert.Contains(files.Values, f => !IsHttpFunction(f));
        foreach (var (name, functionJson) in files)
        {
            Assert.Equal(["bindings"], functionJson.Select(p => p.Key));
            var bindings = functionJson["bindings"]!.AsArray().Select(b => b!.AsObject()).ToList();
            foreach (var binding in bindings)
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)binding["type"]), $"{name}: a binding has no type");
                Assert.False(string.IsNullOrWhiteSpace((string?)binding["name"]), $"{name}: a binding has no name");
                Assert.Contains((string?)binding["direction"], new[] { "in", "out", "inout" });
            }

            var trigger = Assert.Single(bindings, b => ((string)b["type"]!).EndsWith("Trigger", StringComparison.Ordinal));
            Assert.Equal("in", (string?)trigger["direction"]);
            if (IsHttpFunction(functionJson))
            {
                AssertHttpFunction(name, bindings, trigger);
            }
            else if (DurableTriggers.Contains((string)trigger["type"]!))
            {
                Assert.DoesNotContain(bindings, b => (string?)b["name"] == "$return");
            }
        }
    }

    [Fact]
    public void HostJson_IsACustomHandlerWithForwardedHttpAndNoRoutePrefix()
    {
        var host = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("host.json")))!.AsObject();

        Assert.Equal("2.0", (string?)host["version"]);
        var customHandler = host["customHandler"]!.AsObject();
        Assert.True((bool)customHandler["enableForwardingHttpRequest"]!);
        Assert.Equal(string.Empty, (string?)host["extensions"]!["http"]!["routePrefix"]);
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", (string?)host["extensionBundle"]!["id"]);
        Assert.Equal("[4.*, 5.0.0)", (string?)host["extensionBundle"]!["version"]);
        Assert.True(TimeSpan.TryParse((string?)host["functionTimeout"], out _));

        // The package is the publish folder: the handler's apphost sits beside host.json.
        var description = customHandler["description"]!.AsObject();
        Assert.Equal(typeof(Program).Assembly.GetName().Name, (string?)description["defaultExecutablePath"]);
        var arguments = description["arguments"]!.AsArray().Select(a => (string?)a).ToList();
        Assert.Equal(["--urls", "http://127.0.0.1:%FUNCTIONS_CUSTOMHANDLER_PORT%"], arguments);
    }

    [Fact]
    public void GetFunctions_UnnamedApiEndpoint_ThrowsNamingTheEndpoint()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddCustomHandler();
        using var app = builder.Build();
        app.MapGet("/api/unnamed", () => "x");
        var table = new FunctionTable(((IEndpointRouteBuilder)app).DataSources.Single(), []);

        var error = Assert.Throws<InvalidOperationException>(table.GetFunctions);

        Assert.Contains("/api/unnamed", error.Message, StringComparison.Ordinal);
        Assert.Contains("WithName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetFunctions_TriggerNamedLikeAnEndpoint_ThrowsNamingTheDuplicate()
    {
        var builder = WebApplication.CreateBuilder();
        using var app = builder.Build();
        app.MapGet("/api/quotas", () => "x").WithName("ResetQuotas");
        var trigger = new FunctionTrigger(
            "resetquotas",
            [new FunctionBinding("timerTrigger", BindingDirection.In, "timer")],
            _ => Task.FromResult(new InvocationResponse()));
        var table = new FunctionTable(((IEndpointRouteBuilder)app).DataSources.Single(), [trigger]);

        var error = Assert.Throws<InvalidOperationException>(table.GetFunctions);

        Assert.Contains("ResetQuotas", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/interviews/", "api/interviews")]
    [InlineData("/api/interviews/{id}/events", "api/interviews/{id}/events")]
    [InlineData("api/files/{**path}", "api/files/{*path}")]
    public void FunctionRoute_EndpointPattern_HasNoEdgeSlashesAndTheHostsCatchAllForm(string pattern, string route)
    {
        Assert.Equal(route, FunctionTable.FunctionRoute(RoutePatternFactory.Parse(pattern)));
    }

    private static bool IsHttpFunction(JsonObject functionJson) =>
        functionJson["bindings"]!.AsArray().Any(b => (string?)b!["type"] == "httpTrigger");

    private static void AssertHttpFunction(string name, List<JsonObject> bindings, JsonObject trigger)
    {
        Assert.Equal(2, bindings.Count);
        Assert.Equal("req", (string?)trigger["name"]);
        Assert.Equal("anonymous", (string?)trigger["authLevel"]);
        var route = (string?)trigger["route"];
        Assert.False(string.IsNullOrEmpty(route), $"{name}: no route");
        Assert.False(route.StartsWith('/') || route.EndsWith('/'), $"{name}: route '{route}' starts or ends with a slash");
        Assert.StartsWith("api/", route, StringComparison.Ordinal);
        var methods = trigger["methods"]!.AsArray().Select(m => (string)m!).ToList();
        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.Contains(m, HttpMethods));

        var output = Assert.Single(bindings, b => b != trigger);
        Assert.Equal("http", (string?)output["type"]);
        Assert.Equal("out", (string?)output["direction"]);
        Assert.Equal("res", (string?)output["name"]);
    }
}
