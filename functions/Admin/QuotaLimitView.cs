namespace MockInterview.Functions.Admin;

/// <summary>One quota limit of a provider and its use.</summary>
/// <param name="Name">requestsPerMinute, requestsPerDay, tokensPerMinute or tokensPerDay.</param>
/// <param name="Limit">The limit; null when there is none.</param>
/// <param name="Used">Used in the current window; null when the quota store could not be read.</param>
/// <param name="Percent">Used / limit in percent (one decimal); null without a limit or a reading.</param>
public sealed record QuotaLimitView(string Name, long? Limit, long? Used, double? Percent);
