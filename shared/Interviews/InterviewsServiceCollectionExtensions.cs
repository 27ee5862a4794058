using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Sqlite;
using MockInterview.Workflows;

namespace MockInterview.Interviews;

/// <summary>Registers the interviews feature.</summary>
public static class InterviewsServiceCollectionExtensions
{
    /// <summary>Adds interview options (section <c>Interviews</c>, validated at start), the embedded read model,
    /// the in-process notifier, the workflow engine (section <c>Workflows</c>) with the interview workflow and its
    /// activities, and <see cref="InterviewService"/>. An <c>IInterviewerBrain</c> must be registered too.</summary>
    /// <remarks>Relative SQLite files are placed under the content root (<c>contentRoot</c> in configuration,
    /// else the current directory); their folder is created.</remarks>
    public static IServiceCollection AddInterviews(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var contentRoot = configuration["contentRoot"] is { Length: > 0 } root ? root : Directory.GetCurrentDirectory();

        services.AddOptions<InterviewOptions>()
            .Bind(configuration.GetSection(InterviewOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InterviewOptions>, InterviewOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IInterviewNotifier, InProcessInterviewNotifier>();
        services.TryAddSingleton<IInterviewStore>(sp => new SqliteInterviewStore(
            SqliteConnectionStrings.Resolve(sp.GetRequiredService<IOptions<InterviewOptions>>().Value.ConnectionString, contentRoot),
            sp.GetService<ILoggerFactory>()?.CreateLogger<SqliteInterviewStore>()));
        services.TryAddSingleton<InterviewService>();

        services.AddWorkflows(workflows =>
            {
                configuration.GetSection(WorkflowOptions.SectionName).Bind(workflows);
                workflows.ConnectionString = SqliteConnectionStrings.Resolve(workflows.ConnectionString, contentRoot);
            })
            .AddWorkflow<InterviewWorkflow>(InterviewWorkflow.Name)
            .AddActivity<AdvanceInterviewActivity>(AdvanceInterviewActivity.Name)
            .AddActivity<BeginSummaryActivity>(BeginSummaryActivity.Name)
            .AddActivity<WriteReportActivity>(WriteReportActivity.Name);
        return services;
    }
}
