using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MockInterview.Workflows.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void AddWorkflows_CalledTwice_SharesOneRegistryAndOneHostedService()
    {
        var services = new ServiceCollection();

        services.AddWorkflows().AddActivity<Support.Greet>();
        services.AddWorkflows().AddActivity<Support.RecordActivity>();

        using var provider = services.BuildServiceProvider();
        var registry = provider.GetRequiredService<WorkflowRegistry>();
        Assert.True(registry.Activities.ContainsKey(nameof(Support.Greet)));
        Assert.True(registry.Activities.ContainsKey(nameof(Support.RecordActivity)));
        Assert.Single(provider.GetServices<IHostedService>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_ThrowsOptionsValidationException()
    {
        var services = new ServiceCollection();
        services.AddWorkflows(o => o.MaxConcurrentEpisodes = 0);
        await using var provider = services.BuildServiceProvider();
        var hosted = provider.GetRequiredService<IHostedService>();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => hosted.StartAsync(CancellationToken.None));

        Assert.Contains("MaxConcurrentEpisodes", error.Message);
    }

    [Fact]
    public async Task StartAsync_UnregisteredWorkflow_ThrowsArgumentException()
    {
        await using var host = await Support.WorkflowTestHost.StartAsync(_ => { });

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.StartAsync("Nope", null));
    }
}
