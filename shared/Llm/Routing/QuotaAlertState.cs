namespace MockInterview.Llm.Routing;

/// <summary>Throttles quota-usage reads for alerts and remembers the day already alerted, so a quota alert fires once per day.</summary>
internal sealed class QuotaAlertState
{
    private readonly Lock gate = new();
    private DateTimeOffset nextCheck;
    private DateTimeOffset? alertedDay;

    /// <summary>True when it is time to read quota usage (at most once per <paramref name="interval"/>).</summary>
    public bool ClaimCheck(DateTimeOffset now, TimeSpan interval)
    {
        lock (gate)
        {
            if (now < nextCheck)
            {
                return false;
            }

            nextCheck = now + interval;
            return true;
        }
    }

    /// <summary>True the first time an alert is claimed for the day starting at <paramref name="dayStart"/>.</summary>
    public bool ClaimAlert(DateTimeOffset dayStart)
    {
        lock (gate)
        {
            if (alertedDay == dayStart)
            {
                return false;
            }

            alertedDay = dayStart;
            return true;
        }
    }

    /// <summary>After a reset of the day: check again at once and allow a new alert.</summary>
    public void Reset()
    {
        lock (gate)
        {
            alertedDay = null;
            nextCheck = DateTimeOffset.MinValue;
        }
    }
}
