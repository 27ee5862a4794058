using System.Net.Sockets;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MockInterview.Functions.CustomHandler;

namespace MockInterview.Functions.Tests.CustomHandler;

/// <summary>The handler listens where the Functions host says, and on its configured URLs otherwise.</summary>
public sealed class CustomHandlerPortTests
{
    [Fact]
    public async Task AddCustomHandler_PortVariableSet_ListensOnThatLoopbackPort()
    {
        var port = FreeLoopbackPort();
        var builder = WebApplication.CreateBuilder([$"--{CustomHandlerExtensions.PortVariable}={port}"]);
        builder.AddCustomHandler();
        await using var app = builder.Build();
        app.MapGet("/", () => "ready");

        await app.StartAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var answer = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/"));
        await app.StopAsync();

        Assert.Equal("ready", answer);
        Assert.Equal($"http://127.0.0.1:{port}", builder.Configuration["urls"]);
    }

    [Fact]
    public void AddCustomHandler_PortVariableAbsent_KeepsTheConfiguredUrls()
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:7090"]);

        builder.AddCustomHandler();

        Assert.Equal("http://127.0.0.1:7090", builder.Configuration["urls"]);
    }

    [Theory]
    [InlineData("not-a-port")]
    [InlineData("70000")]
    [InlineData("-1")]
    public void AddCustomHandler_PortVariableInvalid_ThrowsAClearError(string port)
    {
        var builder = WebApplication.CreateBuilder([$"--{CustomHandlerExtensions.PortVariable}={port}"]);

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddCustomHandler());

        Assert.Contains(CustomHandlerExtensions.PortVariable, error.Message, StringComparison.Ordinal);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
