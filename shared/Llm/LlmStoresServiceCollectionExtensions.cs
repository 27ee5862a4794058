using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MockInterview.Llm.Caching;
using MockInterview.Llm.Quotas;
using MockInterview.Llm.Redis;

namespace MockInterview.Llm;

/// <summary>Registers the LLM quota store and response cache.</summary>
public static class LlmStoresServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IQuotaStore"/> and <see cref="ILlmCache"/>: in memory by default, in Redis when
    /// <c>Redis:ConnectionString</c> is set (one shared multiplexer, connected on first use, disposed with the container).</summary>
    /// <remarks>Settings: <c>Redis:ConnectionString</c>, <c>Redis:KeyPrefix</c> ("mockinterview:"),
    /// <c>Redis:OperationTimeoutMilliseconds</c> (1000); for the memory cache <c>Llm:Cache:MaxEntries</c> (10000) and
    /// <c>Llm:Cache:MaxBytes</c> (64 MiB). All are validated when the host starts.</remarks>
    public static IServiceCollection AddLlmStores(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RedisOptions>()
            .Bind(configuration.GetSection(RedisOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisOptions>, RedisOptionsValidator>());
        services.AddOptions<MemoryLlmCacheOptions>()
            .Bind(configuration.GetSection(MemoryLlmCacheOptions.SectionName))
            .Validate(o => o.MaxEntries > 0, "Llm:Cache:MaxEntries must be positive.")
            .Validate(o => o.MaxBytes > 0, "Llm:Cache:MaxBytes must be positive.")
            .ValidateOnStart();

        if (string.IsNullOrWhiteSpace(configuration[$"{RedisOptions.SectionName}:{nameof(RedisOptions.ConnectionString)}"]))
        {
            services.TryAddSingleton<IQuotaStore, MemoryQuotaStore>();
            services.TryAddSingleton<ILlmCache>(sp => new MemoryLlmCache(
                sp.GetRequiredService<IOptions<MemoryLlmCacheOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
            return services;
        }

        services.TryAddSingleton(sp => new RedisConnection(
            sp.GetRequiredService<IOptions<RedisOptions>>().Value,
            (sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<RedisConnection>()));
        services.TryAddSingleton<IQuotaStore>(sp => new RedisQuotaStore(sp.GetRequiredService<RedisConnection>()));
        services.TryAddSingleton<ILlmCache>(sp => new RedisLlmCache(sp.GetRequiredService<RedisConnection>()));
        return services;
    }
}
