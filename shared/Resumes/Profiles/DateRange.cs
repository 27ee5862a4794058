namespace MockInterview.Resumes.Profiles;

/// <summary>A dated period found in a line ("Jan 2020 – Present", "2019-2021", "03/2018 - 06/2020").</summary>
/// <param name="Start">First month (day 1).</param>
/// <param name="StartHasMonth">False when only the start year was written.</param>
/// <param name="End">Last month (day 1); null when current.</param>
/// <param name="EndHasMonth">False when only the end year was written.</param>
/// <param name="IsCurrent">True for "Present", "now", "since 2020".</param>
/// <param name="Index">Where the range starts in the line.</param>
/// <param name="Length">Length of the range text.</param>
internal sealed record DateRange(DateOnly Start, bool StartHasMonth, DateOnly? End, bool EndHasMonth, bool IsCurrent, int Index, int Length)
{
    /// <summary>
    /// Whole months covered, both ends counted, "Present" read as <paramref name="asOf"/> and later ends clamped to it.
    /// A year written alone reads as January of that year (December when the period starts and ends in it),
    /// so "2019–2021" counts 25 months rather than a generous 36.
    /// </summary>
    public (int First, int Last) MonthSpan(DateOnly asOf)
    {
        var first = (Start.Year * 12) + Start.Month - 1;
        int last;
        if (IsCurrent || End is null)
        {
            last = (asOf.Year * 12) + asOf.Month - 1;
        }
        else if (!EndHasMonth && End.Value.Year == Start.Year)
        {
            last = (End.Value.Year * 12) + 11;
        }
        else
        {
            last = (End.Value.Year * 12) + End.Value.Month - 1;
        }

        last = Math.Min(last, (asOf.Year * 12) + asOf.Month - 1);
        return (first, last);
    }

    /// <summary>Months covered (0 when the range ends before it starts or starts after <paramref name="asOf"/>).</summary>
    public int Months(DateOnly asOf)
    {
        var (first, last) = MonthSpan(asOf);
        return Math.Max(0, last - first + 1);
    }
}
