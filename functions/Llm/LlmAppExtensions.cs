using MockInterview.Functions.CustomHandler;
using MockInterview.Functions.Hosting;
using MockInterview.Llm;

namespace MockInterview.Functions.Llm;

/// <summary>Wires the LLM router into the app: the router itself and its daily quota reset.</summary>
internal static class LlmAppExtensions
{
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

        if (HostingMode.RunsLocally(builder.Configuration))
        {
            builder.Services.AddSingleton<QuotaResetTimer>();
            builder.Services.AddHostedService(services => services.GetRequiredService<QuotaResetTimer>());
        }

        return builder;
    }

}
