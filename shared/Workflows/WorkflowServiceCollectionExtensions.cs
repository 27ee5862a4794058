using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MockInterview.Workflows;

/// <summary>Registration of the workflow engine.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>Adds the embedded workflow engine, <see cref="IWorkflowClient"/> and the hosted service that runs
    /// the dispatcher; returns a builder to register workflows and activities.</summary>
    /// <remarks>Uses <see cref="TimeProvider"/> from DI (<see cref="TimeProvider.System"/> unless one is registered),
    /// and <see cref="IOptions{WorkflowOptions}"/> (bind the <c>Workflows</c> section yourself, or configure here);
    /// options are validated when the engine starts. Calling this again returns a builder over the same registry.</remarks>
    public static WorkflowBuilder AddWorkflows(this IServiceCollection services, Action<WorkflowOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(WorkflowRegistry))?.ImplementationInstance as WorkflowRegistry;
        if (registry is null)
        {
            registry = new WorkflowRegistry();
            services.AddSingleton(registry);
        }

        var options = services.AddOptions<WorkflowOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkflowOptions>, WorkflowOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WorkflowEngine>();
        services.TryAddSingleton<IWorkflowClient, WorkflowClient>();
        services.TryAddSingleton<IWorkflowDiagnostics, WorkflowDiagnostics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WorkflowHostedService>());
        return new WorkflowBuilder(services, registry);
    }
}
