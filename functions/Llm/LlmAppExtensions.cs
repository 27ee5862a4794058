using MockInterview.Functions.CustomHandler;
using MockInterview.Llm;

namespace MockInterview.Functions.Llm;

/// <summary>Wires the LLM router into the app: the router itself and its daily quota reset.</summary>
internal static class LlmAppExtensions
{
    /// <summary>The setting that says who runs timers: <c>Local</c> (default, the app) or <c>Azure</c> (the Functions host).</summary>
    public const string HostingModeKey = "Hosting:Mode";

    /// <summary>
    /// Adds the router (<c>Llm</c>, <c>Redis</c> settings; no providers is fine: nothing calls it then) and the
    /// <c>ResetQuotas</c> timer function. The app runs the reset itself (<see cref="QuotaResetTimer"/>) when
    /// <c>Hosting:Mode</c> is Local and no Functions host started it; otherwise the host's timer does.
    /// </summary>
    public static WebApplicationBuilder AddLlm(this WebApplicationBuilder builder)
    {
        builder.Services.AddLlmRouter(builder.Configuration);

        var options = builder.Configuration.GetSection(QuotaResetOptions.SectionName).Get<QuotaResetOptions>() ?? new QuotaResetOptions();
        if (options.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        builder.Services.AddSingleton<QuotaResetJob>();
        builder.Services.AddFunctionTrigger(
            ResetQuotasFunction.Name,
            ResetQuotasFunction.Bindings(options.ResetQuotasSchedule),
            ResetQuotasFunction.HandleAsync);

        if (RunsOwnTimers(builder.Configuration))
        {
            builder.Services.AddSingleton<QuotaResetTimer>();
            builder.Services.AddHostedService(services => services.GetRequiredService<QuotaResetTimer>());
        }

        return builder;
    }

    private static bool RunsOwnTimers(IConfiguration configuration)
    {
        var mode = configuration[HostingModeKey];
        var local = mode switch
        {
            null or "" => true,
            _ when mode.Equals("Local", StringComparison.OrdinalIgnoreCase) => true,
            _ when mode.Equals("Azure", StringComparison.OrdinalIgnoreCase) => false,
            _ => throw new InvalidOperationException($"{HostingModeKey} must be 'Local' or 'Azure'; it is '{mode}'."),
        };

        // Under the Functions host (which sets the handler's port) the host's timer runs the reset, whatever the mode says.
        return local && string.IsNullOrWhiteSpace(configuration[CustomHandlerExtensions.PortVariable]);
    }
}
