namespace MockInterview.Functions.Clock;

internal static class ClockServiceCollectionExtensions
{
    /// <summary>Registers the one <see cref="TimeProvider"/> of the app: the system clock, or an accelerated one when
    /// <c>Clock:Speed</c> is above 1.</summary>
    public static IServiceCollection AddClock(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ClockOptions.SectionName).Get<ClockOptions>() ?? new ClockOptions();
        if (double.IsNaN(options.Speed) || options.Speed < 1.0 || options.Speed > 10_000)
        {
            throw new InvalidOperationException($"Clock:Speed must be between 1 and 10000; it is {options.Speed}.");
        }

        TimeProvider clock = options.Speed == 1.0 ? TimeProvider.System : new AcceleratedTimeProvider(options.Speed);
        services.AddSingleton(clock);
        return services;
    }
}
