using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Llm.Caching;
using MockInterview.Llm.Configuration;
using MockInterview.Llm.Health;
using MockInterview.Llm.Quotas;
using MockInterview.Llm.Routing;

namespace MockInterview.Llm;

/// <summary>Registers the LLM router.</summary>
public static class LlmRouterServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ILlmRouter"/> with its options from the <c>Llm</c> section (validated at start), the
    /// quota store and response cache (memory, or Redis when <c>Redis:ConnectionString</c> is set) and alerts.</summary>
    public static IServiceCollection AddLlmRouter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLlmStores(configuration);
        services.TryAddSingleton<LlmAlerter>();
        services.TryAddSingleton<ILlmRouter>(sp => new LlmRouter(
            sp.GetRequiredService<IOptions<LlmOptions>>(),
            sp.GetRequiredService<IQuotaStore>(),
            sp.GetRequiredService<ILlmCache>(),
            sp.GetRequiredService<LlmAlerter>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LlmRouter>>()));
        return services;
    }
}
