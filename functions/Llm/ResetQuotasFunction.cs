using System.Globalization;
using System.Text.Json;
using MockInterview.Functions.CustomHandler;

namespace MockInterview.Functions.Llm;

/// <summary>The <c>ResetQuotas</c> timer function: the Functions host POSTs <c>/ResetQuotas</c> on its schedule.</summary>
internal static class ResetQuotasFunction
{
    /// <summary>The function's name: its folder in the package and the path the host POSTs to.</summary>
    public const string Name = "ResetQuotas";

    /// <summary>The timer binding's name (the key of the timer in the envelope's <c>Data</c>).</summary>
    public const string TimerBinding = "timer";

    /// <summary>The bindings of ResetQuotas/function.json. <c>useMonitor</c> keeps the schedule status, whose
    /// <c>Last</c> tells each run when the previous one was.</summary>
    public static IReadOnlyList<FunctionBinding> Bindings(string schedule) =>
    [
        new FunctionBinding("timerTrigger", BindingDirection.In, TimerBinding)
        {
            Properties =
            {
                ["schedule"] = schedule.Trim(),
                ["useMonitor"] = true,
                ["runOnStartup"] = false,
            },
        },
    ];

    /// <summary>Runs the reset from the previous occurrence the host reports, and answers its lines as the invocation's logs.</summary>
    public static async Task<InvocationResponse> HandleAsync(FunctionInvocation invocation)
    {
        var job = invocation.Services.GetRequiredService<QuotaResetJob>();
        var timer = invocation.Data.TryGetValue(TimerBinding, out var value) ? value : default;
        var result = await job.RunAsync(PreviousRun(timer), invocation.CancellationToken).ConfigureAwait(false);
        var logs = new List<string>();
        if (Property(timer, "IsPastDue") is { ValueKind: JsonValueKind.True })
        {
            logs.Add("The timer is past due (a run was missed); quota days start over by themselves, so nothing was lost.");
        }

        logs.AddRange(result.Lines);

        // No ReturnValue: a timer function has no $return binding, so the host would have nowhere to put it.
        return new InvocationResponse { Logs = logs };
    }

    /// <summary><c>ScheduleStatus.Last</c> of the timer payload; null when absent, unparsable or the host's
    /// "never" value (year 1), which the first run after a deployment carries.</summary>
    public static DateTimeOffset? PreviousRun(JsonElement timer)
    {
        if (Property(Property(timer, "ScheduleStatus"), "Last") is not { ValueKind: JsonValueKind.String } last
            || !DateTimeOffset.TryParse(last.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            || at.Year < 2000)
        {
            return null;
        }

        return at.ToUniversalTime();
    }

    private static JsonElement? Property(JsonElement? element, string name)
    {
        if (element is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
