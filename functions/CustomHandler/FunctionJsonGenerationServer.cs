using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace MockInterview.Functions.CustomHandler;

/// <summary>
/// Stands in for Kestrel when the app runs with <c>--generate-functions &lt;dir&gt;</c>: once the app's
/// pipeline and endpoints are built it writes the function.json files and stops the app, without binding a port.
/// </summary>
internal sealed class FunctionJsonGenerationServer(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    ILogger<FunctionJsonGenerationServer> logger,
    string appRoot) : IServer
{
    /// <inheritdoc />
    public IFeatureCollection Features { get; } = new FeatureCollection();

    /// <inheritdoc />
    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        var functions = services.GetRequiredService<FunctionTable>().GetFunctions();
        FunctionJsonWriter.Write(appRoot, functions);
        logger.LogInformation(
            "Wrote {Count} function.json files to {AppRoot}: {Names}",
            functions.Count,
            Path.GetFullPath(appRoot),
            string.Join(", ", functions.Select(f => f.Name)));
        lifetime.StopApplication();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
