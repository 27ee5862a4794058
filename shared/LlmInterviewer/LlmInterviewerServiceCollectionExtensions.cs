using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Interviewing;
using MockInterview.Llm;
using MockInterview.Llm.Configuration;
using MockInterview.LlmInterviewer.Prompts;
using MockInterview.Llm.Routing;

namespace MockInterview.LlmInterviewer;

/// <summary>Registers the LLM interviewer.</summary>
public static class LlmInterviewerServiceCollectionExtensions
{
    /// <summary>How long question and follow-up wordings stay cached unless configured: 30 days.</summary>
    public const int WordingTtlSeconds = 30 * 86_400;

    /// <summary>Adds the LLM router (unless one is registered), the offline brain as the per-call fallback,
    /// <see cref="LlmInterviewerBrain"/> with its options from <c>Interviewer:Llm</c>, and makes it the
    /// <see cref="IInterviewerBrain"/>, replacing any brain registered before.</summary>
    public static IServiceCollection AddLlmInterviewer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!services.Any(d => d.ServiceType == typeof(ILlmRouter)))
        {
            // Binding the Llm section twice would list every provider twice.
            services.AddLlmRouter(configuration);
        }

        // Wordings do not go stale: a question worded for a role is as good next month, so unless the operator sets
        // Llm:Cache:TtlSecondsByPurpose for them they stay cached for 30 days, and a running service answers nearly all
        // of them from the cache instead of re-asking a provider every morning.
        services.PostConfigure<LlmOptions>(o =>
        {
            o.Cache.TtlSecondsByPurpose.TryAdd(InterviewerPrompts.QuestionPurpose, WordingTtlSeconds);
            o.Cache.TtlSecondsByPurpose.TryAdd(InterviewerPrompts.FollowUpWordingPurpose, WordingTtlSeconds);
        });
        services.AddOfflineInterviewer();
        services.AddOptions<LlmInterviewerOptions>()
            .Bind(configuration.GetSection(LlmInterviewerOptions.SectionName))
            .Validate(o => o.CallTimeoutSeconds is > 0 and <= 600, "Interviewer:Llm:CallTimeoutSeconds must be between 0 and 600.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new LlmInterviewerBrain(
            sp.GetRequiredService<ILlmRouter>(),
            sp.GetRequiredService<OfflineInterviewerBrain>(),
            sp.GetRequiredService<IOptions<LlmInterviewerOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LlmInterviewerBrain>>()));
        services.Replace(ServiceDescriptor.Singleton<IInterviewerBrain>(sp => sp.GetRequiredService<LlmInterviewerBrain>()));
        return services;
    }
}
