using System.Text.RegularExpressions;

namespace MockInterview.Functions.Llm;

/// <summary>When the Functions host runs the <c>ResetQuotas</c> timer (<c>Llm:ResetQuotasSchedule</c>).</summary>
internal sealed partial class QuotaResetOptions
{
    /// <summary>The configuration section (shared with the router's own settings).</summary>
    public const string SectionName = "Llm";

    /// <summary>Every hour on the hour: each provider is reset in the first run after its day starts.</summary>
    public const string DefaultSchedule = "0 0 * * * *";

    /// <summary>NCRONTAB with six fields (second minute hour day month day-of-week). It is written into
    /// ResetQuotas/function.json when the package is published; locally the hosted timer wakes at each
    /// provider's reset time instead.</summary>
    public string ResetQuotasSchedule { get; set; } = DefaultSchedule;

    /// <summary>Null when valid; otherwise what is wrong.</summary>
    public string? Problem() =>
        SixFields().IsMatch(ResetQuotasSchedule ?? string.Empty)
            ? null
            : $"Llm:ResetQuotasSchedule must be an NCRONTAB expression with six fields (second minute hour day month day-of-week), e.g. '{DefaultSchedule}'; it is '{ResetQuotasSchedule}'.";

    [GeneratedRegex(@"^\s*[0-9A-Za-z*/,\-]+(\s+[0-9A-Za-z*/,\-]+){5}\s*$")]
    private static partial Regex SixFields();
}
