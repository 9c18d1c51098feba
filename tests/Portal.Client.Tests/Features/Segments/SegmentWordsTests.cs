using Lodestar.Portal.Client.Features.Segments;

namespace Lodestar.Portal.Client.Tests.Features.Segments;

/// <summary>The small words and pictures of the segment pages: relative times, refresh intervals, trend lines.</summary>
public sealed class SegmentWordsTests
{
    private static readonly DateTime Now = new(2026, 5, 4, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(null, "never")]
    [InlineData(0.5, "just now")]
    [InlineData(-2.0, "just now")]
    [InlineData(5.0, "5 min ago")]
    [InlineData(180.0, "3 h ago")]
    [InlineData(4_320.0, "3 d ago")]
    public void RelativeTimeOf_MinutesAgo_ReadsInTheLargestUnit(double? minutesAgo, string expected)
    {
        Assert.Equal(expected, RelativeTime.Of(minutesAgo is { } m ? Now.AddMinutes(-m) : null, Now));
    }

    [Theory]
    [InlineData(15, "every 15 minutes")]
    [InlineData(60, "every hour")]
    [InlineData(360, "every 6 hours")]
    [InlineData(1_440, "every day")]
    [InlineData(4_320, "every 3 days")]
    [InlineData(10_080, "every week")]
    public void RefreshIntervalsLabel_Minutes_ReadsAsWords(int minutes, string expected)
    {
        Assert.Equal(expected, RefreshIntervals.Label(minutes));
    }

    [Fact]
    public void RefreshIntervalsWith_UnusualValue_OffersItInOrder()
    {
        Assert.Equal([15, 30, 45, 60, 180, 360, 720, 1_440, 10_080], RefreshIntervals.With(45));
        Assert.Same(RefreshIntervals.Minutes, RefreshIntervals.With(60));
    }

    [Fact]
    public void SparklinePoints_FlatOrTooShort_DrawsThroughTheMiddleOrNothing()
    {
        Assert.Equal("1,12 95,12", Sparkline.Points([7, 7], 96, 24));
        Assert.Equal("", Sparkline.Points([7], 96, 24));
    }
}
