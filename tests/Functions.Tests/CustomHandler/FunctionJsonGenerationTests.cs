using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.CustomHandler;
using MockInterview.Functions.Llm;
using MockInterview.Functions.Voice;

namespace MockInterview.Functions.Tests.CustomHandler;

/// <summary>The function.json files generated from the trigger table match what the app serves, both ways.</summary>
public sealed class FunctionJsonGenerationTests : IDisposable
{
    private readonly TestTriggers triggers = new();
    private readonly CustomHandlerAppFactory factory;
    private readonly string appRoot = TempDirectory.Create();

    public FunctionJsonGenerationTests()
    {
        factory = new CustomHandlerAppFactory(triggers.Register);
        factory.CreateClient().Dispose(); // starts the app, so that its endpoints are built
    }

    public void Dispose()
    {
        factory.Dispose();
        TempDirectory.Delete(appRoot);
    }

    [Fact]
    public void Generate_EveryApiRouteHasAFunctionJsonWithItsRouteAndMethods()
    {
        FunctionJsonWriter.Write(appRoot, factory.Services.GetRequiredService<FunctionTable>().GetFunctions());
        var files = FunctionJsonFiles.Read(appRoot);

        var apiEndpoints = ApiEndpoints();
        Assert.NotEmpty(apiEndpoints);
        foreach (var endpoint in apiEndpoints)
        {
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            Assert.True(name is not null, $"{endpoint.DisplayName} under /api has no name, so it has no function.json.");
            Assert.True(files.ContainsKey(name), $"{endpoint.DisplayName} ({name}) has no function.json.");
            var trigger = FunctionJsonFiles.Binding(files[name], "httpTrigger");
            Assert.Equal(endpoint.RoutePattern.RawText!.Trim('/'), (string?)trigger["route"]);
            Assert.Equal(
                Methods(endpoint),
                (trigger["methods"]?.AsArray() ?? []).Select(m => (string)m!).Order());
        }
    }

    [Fact]
    public void Generate_EveryFunctionJsonIsAServedRouteOrARegisteredTrigger()
    {
        FunctionJsonWriter.Write(appRoot, factory.Services.GetRequiredService<FunctionTable>().GetFunctions());
        var apiEndpoints = ApiEndpoints().ToDictionary(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName);
        var triggerEndpoints = AllRouteEndpoints()
            .Select(e => e.Metadata.GetMetadata<FunctionTriggerMetadata>())
            .OfType<FunctionTriggerMetadata>()
            .Select(m => m.FunctionName)
            .ToHashSet();

        foreach (var (name, functionJson) in FunctionJsonFiles.Read(appRoot))
        {
            var bindings = functionJson["bindings"]!.AsArray().Select(b => b!.AsObject()).ToList();
            if (bindings.Any(b => (string?)b["type"] == "httpTrigger"))
            {
                Assert.True(apiEndpoints.TryGetValue(name, out var endpoint), $"function.json '{name}' has no endpoint of that name.");
                var trigger = FunctionJsonFiles.Binding(functionJson, "httpTrigger");
                Assert.Equal((string?)trigger["route"], endpoint.RoutePattern.RawText!.Trim('/'));
                Assert.Equal(Methods(endpoint), trigger["methods"]!.AsArray().Select(m => (string)m!).Order());
            }
            else
            {
                Assert.Contains(name, triggerEndpoints);
            }
        }

        Assert.Equal(
            [ResetQuotasFunction.Name, SpeechResultsFunction.Name, TestTriggers.ActivityFunction, TestTriggers.FailingFunction, TestTriggers.QueueFunction],
            triggerEndpoints.Order(StringComparer.Ordinal));
        Assert.Equal(apiEndpoints.Count + triggerEndpoints.Count, FunctionJsonFiles.Read(appRoot).Count);
    }

    [Fact]
    public async Task GenerateFunctionsOption_RunsTheBuiltAppAndWritesTheProductTable()
    {
        using var productFactory = new CustomHandlerAppFactory();
        productFactory.CreateClient().Dispose();
        var expected = productFactory.Services.GetRequiredService<FunctionTable>().GetFunctions();
        var workDirectory = TempDirectory.Create();

        try
        {
            var (exitCode, output) = await RunAppAsync(workDirectory, "--generate-functions", appRoot);

            Assert.True(exitCode == 0, $"The app exited with {exitCode}:\n{output}");
            var files = FunctionJsonFiles.Read(appRoot);
            Assert.Equal(expected.Select(f => f.Name), files.Keys.Order(StringComparer.Ordinal));
            foreach (var function in expected)
            {
                Assert.True(
                    JsonNode.DeepEquals(function.ToFunctionJson(), files[function.Name]),
                    $"{function.Name}: {files[function.Name].ToJsonString()} differs from the table.");
            }
        }
        finally
        {
            TempDirectory.Delete(workDirectory);
        }
    }

    [Fact]
    public void Write_AgainWithoutAFunction_RemovesItsStaleFolderOnly()
    {
        var bindings = new List<JsonObject> { new() { ["type"] = "timerTrigger", ["direction"] = "in", ["name"] = "timer" } };
        FunctionJsonWriter.Write(appRoot, [new FunctionDefinition("Old", bindings), new FunctionDefinition("Kept", bindings)]);
        Directory.CreateDirectory(Path.Combine(appRoot, "wwwroot"));
        File.WriteAllText(Path.Combine(appRoot, "wwwroot", "index.html"), "<!doctype html>");

        FunctionJsonWriter.Write(appRoot, [new FunctionDefinition("Kept", bindings)]);

        Assert.Equal(["Kept"], FunctionJsonFiles.Read(appRoot).Keys);
        Assert.True(File.Exists(Path.Combine(appRoot, "wwwroot", "index.html")));
    }

    [Fact]
    public void Write_FunctionNamedLikeAFolderWithOtherFiles_ThrowsInsteadOfMixingThem()
    {
        Directory.CreateDirectory(Path.Combine(appRoot, "runtimes"));
        File.WriteAllText(Path.Combine(appRoot, "runtimes", "lib.so"), string.Empty);
        var bindings = new List<JsonObject> { new() { ["type"] = "timerTrigger", ["direction"] = "in", ["name"] = "timer" } };

        Assert.Throws<InvalidOperationException>(() =>
            FunctionJsonWriter.Write(appRoot, [new FunctionDefinition("runtimes", bindings)]));
    }

    private List<RouteEndpoint> AllRouteEndpoints() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    private List<RouteEndpoint> ApiEndpoints() =>
        [.. AllRouteEndpoints().Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))];

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => m.ToLowerInvariant()).Order();

    private static async Task<(int ExitCode, string Output)> RunAppAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AppAssemblyPath());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The app did not exit within 60 s:\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    // The app's own build output (artifacts/bin/MockInterview.Functions/<configuration>), which has its runtimeconfig.
    private static string AppAssemblyPath()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var candidate = Path.Combine(testOutput.Parent!.Parent!.FullName, "MockInterview.Functions", testOutput.Name, "MockInterview.Functions.dll");
        return File.Exists(candidate)
            ? candidate
            : throw new FileNotFoundException($"The app's build output was not found at {candidate}; build the solution first.");
    }
}
