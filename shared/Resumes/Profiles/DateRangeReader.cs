using System.Globalization;
using System.Text.RegularExpressions;

namespace MockInterview.Resumes.Profiles;

/// <summary>Finds date ranges in a line, in the forms resumes use.</summary>
internal static partial class DateRangeReader
{
    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Date = @"(?:" + Month + @"\s*,?\s*(?:(?:19|20)\d{2}|'\d{2})|(?:spring|summer|fall|autumn|winter)\s+(?:19|20)\d{2}|(?:0?[1-9]|1[0-2])\s*[/.]\s*(?:19|20)\d{2}|(?:19|20)\d{2}\s*[/.-]\s*(?:0[1-9]|1[0-2])(?!\d)|(?:19|20)\d{2})";
    private const string Present = @"(?:present|current(?:ly)?|now|today|to date|till date|ongoing|date)\b";
    private const int PlainTextLimit = 1000;
    private const string Separator = @"\s*(?:[-–—~]+|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*";

    /// <summary>Finds the first date range (or "since" date) in the line.</summary>
    public static DateRange? Find(string line)
    {
        if (line.Length > PlainTextLimit || !HasYearOrShortYear(line))
        {
            return null;
        }

        var range = RangePattern().Match(line);
        if (range.Success)
        {
            var start = ReadDate(range.Groups["start"].Value);
            if (start is null)
            {
                return null;
            }

            var endText = range.Groups["end"].Value;
            if (PresentPattern().IsMatch(endText))
            {
                return new DateRange(start.Value.Date, start.Value.HasMonth, null, false, true, range.Index, range.Length);
            }

            var end = ReadDate(endText);
            return end is null ? null
                : new DateRange(start.Value.Date, start.Value.HasMonth, end.Value.Date, end.Value.HasMonth, false, range.Index, range.Length);
        }

        var since = SincePattern().Match(line);
        if (since.Success && ReadDate(since.Groups["start"].Value) is { } from)
        {
            return new DateRange(from.Date, from.HasMonth, null, false, true, since.Index, since.Length);
        }

        return null;
    }

    /// <summary>
    /// A single month or season ("Summer 2014", "(June 2019)") as a short period: one month, or the three months of
    /// a season. A year alone is not read here: it is more often a graduation year than a role.
    /// </summary>
    public static DateRange? FindSingle(string line)
    {
        if (line.Length > PlainTextLimit || !HasYearOrShortYear(line))
        {
            return null;
        }

        var match = SinglePattern().Match(line);
        if (!match.Success || ReadDate(match.Value) is not { HasMonth: true } date)
        {
            return null;
        }

        var months = SeasonPattern().IsMatch(match.Value) ? 2 : 0;
        return new DateRange(date.Date, true, date.Date.AddMonths(months), true, false, match.Index, match.Length);
    }

    /// <summary>The years (1950–2099) written in the line, in order.</summary>
    public static IEnumerable<int> Years(string line)
    {
        foreach (Match match in YearPattern().Matches(line))
        {
            yield return int.Parse(match.ValueSpan, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>True when the line may hold a date: every date form has a year (19xx, 20xx or '19). Cheap.</summary>
    public static bool MayHaveDate(string line) => HasYearOrShortYear(line);

    // Every date form has a four-digit year starting 19 or 20, or an apostrophe year ('19): cheap to rule out.
    private static bool HasYearOrShortYear(string line)
    {
        for (var i = 0; i + 2 < line.Length; i++)
        {
            var c = line[i];
            if (c == '\'' && char.IsAsciiDigit(line[i + 1]) && char.IsAsciiDigit(line[i + 2]))
            {
                return true;
            }

            if (i + 3 < line.Length && ((c == '1' && line[i + 1] == '9') || (c == '2' && line[i + 1] == '0'))
                && char.IsAsciiDigit(line[i + 2]) && char.IsAsciiDigit(line[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    private static (DateOnly Date, bool HasMonth)? ReadDate(string text)
    {
        var match = DatePartsPattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var year = match.Groups["y"].Success
            ? int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture)
            : 2000 + int.Parse(match.Groups["sy"].ValueSpan, CultureInfo.InvariantCulture);
        int? month = null;
        if (match.Groups["m"].Success)
        {
            month = MonthNumber(match.Groups["m"].Value);
        }
        else if (match.Groups["n"].Success)
        {
            month = int.Parse(match.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else if (match.Groups["season"].Success)
        {
            month = match.Groups["season"].Value.ToLowerInvariant() switch
            {
                "spring" => 3,
                "summer" => 6,
                "winter" => 12,
                _ => 9,
            };
        }

        return (new DateOnly(year, month ?? 1, 1), month is not null);
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    [GeneratedRegex(@"(?<![\w/])(?<start>" + Date + @")" + Separator + @"(?<end>" + Date + "|" + Present + @")(?![\w/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"\b(?:since|from)\s+(?<start>" + Date + @")(?![\w/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SincePattern();

    [GeneratedRegex(@"(?<![\w/])(?:" + Month + @"\s*,?\s*(?:(?:19|20)\d{2}|'\d{2})|(?:spring|summer|fall|autumn|winter)\s+(?:19|20)\d{2}|(?:0?[1-9]|1[0-2])\s*[/.]\s*(?:19|20)\d{2})(?![\w/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinglePattern();

    [GeneratedRegex(@"^(?:spring|summer|fall|autumn|winter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeasonPattern();

    [GeneratedRegex("^" + Present, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PresentPattern();

    [GeneratedRegex(@"^(?:(?<m>" + Month + @")\s*,?\s*(?:(?<y>(?:19|20)\d{2})|'(?<sy>\d{2}))|(?<season>spring|summer|fall|autumn|winter)\s+(?<y>(?:19|20)\d{2})|(?<n>0?[1-9]|1[0-2])\s*[/.]\s*(?<y>(?:19|20)\d{2})|(?<y>(?:19|20)\d{2})\s*[/.-]\s*(?<n>0[1-9]|1[0-2])|(?<y>(?:19|20)\d{2}))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePartsPattern();

    [GeneratedRegex(@"(?<!\d)(?:19[5-9]\d|20\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
