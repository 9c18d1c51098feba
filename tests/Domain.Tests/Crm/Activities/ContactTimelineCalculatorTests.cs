using Lodestar.Domain.Crm.Activities;

namespace Lodestar.Domain.Tests.Crm.Activities;

public sealed class ContactTimelineCalculatorTests
{
    private static readonly DateTime T = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);

    private static TimelineItem Activity(long id, int minutes) => new(TimelineSource.Activity, id, "call", $"a{id}", T.AddMinutes(minutes), null);

    private static TimelineItem Event(long id, int minutes) => new(TimelineSource.Event, id, "event", $"e{id}", T.AddMinutes(minutes), null);

    private static string[] Titles(TimelinePage page) => [.. page.Items.Select(i => i.Title)];

    /// <summary>What a source gives after a cursor: its items in timeline order, after the cursor, as many as wanted.</summary>
    private static IEnumerable<TimelineItem> After(IEnumerable<TimelineItem> source, TimelineCursor? before, int limit) =>
        source.Where(i => before is null || before.Precedes(i)).OrderByDescending(i => i.At).ThenByDescending(i => i.Id).Take(ContactTimelineCalculator.Wanted(limit));

    [Fact]
    public void Merge_BothSources_NewestFirstInterleaved()
    {
        var page = ContactTimelineCalculator.Merge([Activity(1, 30), Activity(2, 10)], [Event(7, 20), Event(8, 40)], null, 10);

        Assert.Equal(["e8", "a1", "e7", "a2"], Titles(page));
        Assert.Null(page.NextBefore);
    }

    [Fact]
    public void Merge_SameTime_ActivitiesBeforeEventsThenHigherIdFirst()
    {
        var page = ContactTimelineCalculator.Merge([Activity(1, 0), Activity(2, 0)], [Event(5, 0), Event(9, 0)], null, 10);

        Assert.Equal(["a2", "a1", "e9", "e5"], Titles(page));
    }

    [Fact]
    public void Merge_PagedThroughTiesAcrossSources_EveryItemOnceInOrder()
    {
        TimelineItem[] activities = [Activity(1, 0), Activity(2, 0), Activity(3, 5), Activity(4, -5)];
        TimelineItem[] events = [Event(5, 0), Event(6, 0), Event(7, 5), Event(8, -5), Event(9, 0)];
        var seen = new List<string>();
        TimelineCursor? before = null;
        var pages = 0;
        do
        {
            var page = ContactTimelineCalculator.Merge(After(activities, before, 2), After(events, before, 2), before, 2);
            seen.AddRange(Titles(page));
            before = page.NextBefore;
            pages++;
        }
        while (before is not null && pages < 20);

        Assert.Equal(["a3", "e7", "a2", "a1", "e9", "e6", "e5", "a4", "e8"], seen);
        Assert.Equal(5, pages);
    }

    [Fact]
    public void Merge_FullPage_NextBeforeIsTheLastItemsPlace()
    {
        var page = ContactTimelineCalculator.Merge([Activity(1, 3), Activity(2, 2)], [Event(3, 1)], null, 2);

        Assert.Equal(new TimelineCursor(T.AddMinutes(2), TimelineSource.Activity, 2), page.NextBefore);
        Assert.Equal("2026-05-04T09:02:00.0000000Z~activity-2", page.NextBefore!.ToString());
    }

    [Theory]
    [InlineData("2026-05-04T09:02:00.0000000Z~activity-2", TimelineSource.Activity, 2L)]
    [InlineData("2026-05-04T09:02:00Z~event-15", TimelineSource.Event, 15L)]
    [InlineData("2026-05-04T09:02:00Z", null, 0L)]
    public void Parse_WrittenCursorOrTimestamp_ReadBack(string text, TimelineSource? source, long id)
    {
        Assert.Equal(new TimelineCursor(T.AddMinutes(2), source, id), TimelineCursor.Parse(text));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-05-04T09:02:00Z~lunch-2")]
    [InlineData("2026-05-04T09:02:00Z~event-x")]
    public void Parse_Garbage_NamesBefore(string text)
    {
        var error = Assert.Throws<DomainValidationException>(() => TimelineCursor.Parse(text));

        Assert.Equal(["before"], error.Errors.Keys);
    }
}
