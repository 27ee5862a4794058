using Microsoft.Extensions.DependencyInjection;

namespace MockInterview.Workflows;

/// <summary>Registers workflows and activities by name; returned by <c>services.AddWorkflows()</c>.</summary>
public sealed class WorkflowBuilder
{
    private readonly WorkflowRegistry registry;

    internal WorkflowBuilder(IServiceCollection services, WorkflowRegistry registry)
    {
        Services = services;
        this.registry = registry;
    }

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers a workflow under <paramref name="name"/> (its type name by default).</summary>
    public WorkflowBuilder AddWorkflow<TWorkflow>(string? name = null)
        where TWorkflow : class, IWorkflow
    {
        Services.AddTransient<TWorkflow>();
        registry.AddWorkflow(name ?? typeof(TWorkflow).Name, typeof(TWorkflow));
        return this;
    }

    /// <summary>Registers an activity under <paramref name="name"/> (its type name by default).</summary>
    public WorkflowBuilder AddActivity<TActivity>(string? name = null)
        where TActivity : class, IActivity
    {
        Services.AddTransient<TActivity>();
        registry.AddActivity(name ?? typeof(TActivity).Name, typeof(TActivity));
        return this;
    }
}
