namespace MockInterview.Llm.Quotas;

/// <summary>The one place that decides whether a reservation fits, shared by the stores so that memory and Redis
/// refuse for the same reasons.</summary>
/// <remarks>Day limits are checked before minute limits: when both are out, the day is the one worth reporting,
/// because retrying when the minute starts over would only be refused again.</remarks>
internal static class QuotaCheck
{
    /// <summary>Null when a request of <paramref name="tokens"/> fits; otherwise the refusal.</summary>
    public static QuotaDecision? Refusal(
        QuotaLimits limits, long minuteRequests, long minuteTokens, long dayRequests, long dayTokens, long tokens, DateTimeOffset now)
    {
        if (limits.RequestsPerDay is { } rpd && dayRequests + 1 > rpd)
        {
            return Refused(QuotaLimitNames.RequestsPerDay, limits, now);
        }

        if (limits.TokensPerDay is { } tpd && dayTokens + tokens > tpd)
        {
            return Refused(QuotaLimitNames.TokensPerDay, limits, now);
        }

        if (limits.RequestsPerMinute is { } rpm && minuteRequests + 1 > rpm)
        {
            return Refused(QuotaLimitNames.RequestsPerMinute, limits, now);
        }

        if (limits.TokensPerMinute is { } tpm && minuteTokens + tokens > tpm)
        {
            return Refused(QuotaLimitNames.TokensPerMinute, limits, now);
        }

        return null;
    }

    /// <summary>A refusal of <paramref name="limit"/>, retrying when its window starts over.</summary>
    public static QuotaDecision Refused(string limit, QuotaLimits limits, DateTimeOffset now)
    {
        var retryAt = limit is QuotaLimitNames.RequestsPerDay or QuotaLimitNames.TokensPerDay
            ? limits.DayStart(now).AddDays(1)
            : QuotaLimits.MinuteStart(now).AddMinutes(1);
        return new QuotaDecision(false, limit, retryAt);
    }

    /// <summary>Checks the arguments every store takes.</summary>
    public static void ValidateArguments(string provider, QuotaLimits limits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(limits);
    }
}
