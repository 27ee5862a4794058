using MockInterview.Resumes.Profiles;

namespace MockInterview.Resumes.Tests.Profiles;

public sealed class DateRangeReaderTests
{
    [Theory]
    [InlineData("Jan 2020 – Present", 2020, 1, null, null, true, 66)]
    [InlineData("January 2020 - present", 2020, 1, null, null, true, 66)]
    [InlineData("Sept. 2017 to now", 2017, 9, null, null, true, 94)]
    [InlineData("03/2018 - 06/2020", 2018, 3, 2020, 6, false, 28)]
    [InlineData("2019-2021", 2019, 1, 2021, 1, false, 25)]
    [InlineData("2018-03 – 2020-06", 2018, 3, 2020, 6, false, 28)]
    [InlineData("Mar '19 — Dec '20", 2019, 3, 2020, 12, false, 22)]
    [InlineData("Summer 2021 - Fall 2021", 2021, 6, 2021, 9, false, 4)]
    [InlineData("Since 2023", 2023, 1, null, null, true, 30)]
    [InlineData("Acme Corp | Engineer | May 2015 until Aug 2016", 2015, 5, 2016, 8, false, 16)]
    [InlineData("2020 - 2020", 2020, 1, 2020, 1, false, 12)]
    public void Find_CommonForms_ReadsStartEndAndMonths(string line, int startYear, int startMonth, int? endYear, int? endMonth, bool current, int months)
    {
        var range = DateRangeReader.Find(line);

        Assert.NotNull(range);
        Assert.Equal(new DateOnly(startYear, startMonth, 1), range.Start);
        Assert.Equal(endYear is null ? null : new DateOnly(endYear.Value, endMonth!.Value, 1), range.End);
        Assert.Equal(current, range.IsCurrent);
        Assert.Equal(months, range.Months(Fixture.AsOf));
    }

    [Theory]
    [InlineData("Improved revenue by 2019%")]
    [InlineData("Call +1 415 555 0199")]
    [InlineData("Managed 12 - 15 people")]
    [InlineData("Version 2.0 to 3.1 migration")]
    [InlineData("")]
    public void Find_NoDateRange_ReturnsNull(string line)
    {
        Assert.Null(DateRangeReader.Find(line));
    }

    [Fact]
    public void Months_EndAfterAsOf_ClampedToAsOf()
    {
        var range = DateRangeReader.Find("Jan 2025 - Dec 2026")!;

        Assert.Equal(6, range.Months(Fixture.AsOf));
    }

    [Fact]
    public void MergedMonths_OverlappingPeriods_CountedOnce()
    {
        // Jan–Dec 2020 and Jun 2020–Jun 2021 overlap; Jan–Mar 2023 stands apart.
        var spans = new[] { (2020 * 12, (2020 * 12) + 11), ((2020 * 12) + 5, (2021 * 12) + 5), (2023 * 12, (2023 * 12) + 2) };

        Assert.Equal(18 + 3, ResumeParser.MergedMonths(spans));
        Assert.Equal(0, ResumeParser.MergedMonths([]));
    }
}
