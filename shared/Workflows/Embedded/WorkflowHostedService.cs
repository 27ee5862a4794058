using Microsoft.Extensions.Hosting;

namespace MockInterview.Workflows;

/// <summary>Starts the dispatcher with the host and stops it gracefully with it.</summary>
internal sealed class WorkflowHostedService(WorkflowEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        engine.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => engine.StopAsync(cancellationToken);
}
