using Lodestar.Domain.Data;
using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Tests.Ingestion;

/// <summary>Both insert paths against a real SQLite file: the raw one SQLite uses and the EF one SQL Server uses.</summary>
public sealed class EventSinkTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    public static TheoryData<string> Sinks => new() { "sqlite", "ef" };

    [Theory]
    [MemberData(nameof(Sinks))]
    public async Task InsertAsync_RepeatedMessageIds_StoresEachOnceAndReportsDuplicates(string sink)
    {
        await using var host = await DomainTestHost.StartAsync();
        await using var events = await OpenAsync(host, sink);

        var first = await events.InsertAsync([Event("m1"), Event("m2"), Event("m1")], Ct);
        var second = await events.InsertAsync([Event("m2"), Event("m3")], Ct);

        Assert.Equal([true, true, false], first);
        Assert.Equal([false, true], second);
        await using var db = host.CreateDbContext();
        Assert.Equal(["m1", "m2", "m3"], await db.Events.OrderBy(e => e.Id).Select(e => e.MessageId).ToListAsync(Ct));
        var count = await db.EventDailyCounts.SingleAsync(Ct);
        Assert.Equal((new DateTime(2026, 2, 3, 0, 0, 0, DateTimeKind.Utc), MessageType.Track, 3L), (count.Day, count.Type, count.Count));
    }

    [Theory]
    [MemberData(nameof(Sinks))]
    public async Task InsertAsync_Event_EveryColumnReadsBackThroughTheModel(string sink)
    {
        await using var host = await DomainTestHost.StartAsync();
        await using var events = await OpenAsync(host, sink);
        var written = Event("full");

        await events.InsertAsync([written], Ct);

        await using var db = host.CreateDbContext();
        var read = await db.Events.AsNoTracking().SingleAsync(Ct);
        Assert.Equal(
            (written.MessageId, written.SourceId, written.Type, written.Name, written.UserId, written.AnonymousId, written.GroupId,
                written.PreviousId, written.Email, written.Timestamp, written.OriginalTimestamp, written.SentAt, written.ReceivedAt),
            (read.MessageId, read.SourceId, read.Type, read.Name, read.UserId, read.AnonymousId, read.GroupId,
                read.PreviousId, read.Email, read.Timestamp, read.OriginalTimestamp, read.SentAt, read.ReceivedAt));
        Assert.Equal((written.CampaignSource, written.CampaignMedium, written.CampaignName, written.Referrer, written.Raw),
            (read.CampaignSource, read.CampaignMedium, read.CampaignName, read.Referrer, read.Raw));
        Assert.Equal(DateTimeKind.Utc, read.Timestamp.Kind);
    }

    [Theory]
    [MemberData(nameof(Sinks))]
    public async Task InsertAsync_EventsOnSeveralDaysAndTypes_DailyCountsAddUp(string sink)
    {
        await using var host = await DomainTestHost.StartAsync();
        await using var events = await OpenAsync(host, sink);
        var late = Event("late");
        late.Timestamp = new DateTime(2026, 2, 3, 23, 59, 59, DateTimeKind.Utc);
        var nextDay = Event("next");
        nextDay.Timestamp = new DateTime(2026, 2, 4, 0, 0, 0, DateTimeKind.Utc);
        var page = Event("page");
        page.Type = MessageType.Page;

        await events.InsertAsync([Event("a"), late, nextDay, page], Ct);
        await events.InsertAsync([Event("b"), nextDay], Ct);

        await using var db = host.CreateDbContext();
        var counts = await db.EventDailyCounts.AsNoTracking().OrderBy(c => c.Day).ThenBy(c => c.Type).ToListAsync(Ct);
        Assert.Equal(
            [("2026-02-03", MessageType.Track, 3L), ("2026-02-03", MessageType.Page, 1L), ("2026-02-04", MessageType.Track, 1L)],
            counts.Select(c => (c.Day.ToString("yyyy-MM-dd"), c.Type, c.Count)).OrderBy(c => c.Item1).ThenByDescending(c => c.Item3));
    }

    internal static async Task<IEventSink> OpenAsync(DomainTestHost host, string sink) => sink == "sqlite"
        ? await SqliteEventSink.OpenAsync(host.Get<IOptions<DatabaseOptions>>().Value.ConnectionString, Ct)
        : new EfEventSink(host.Get<IDbContextFactory<PortalDbContext>>());

    internal static TrackedEvent Event(string messageId) => new()
    {
        MessageId = messageId,
        SourceId = 3,
        Type = MessageType.Track,
        Name = "Order Completed",
        UserId = "u-1",
        AnonymousId = "a-1",
        GroupId = "g-1",
        PreviousId = "p-1",
        Email = "ada@example.com",
        Timestamp = new DateTime(2026, 2, 3, 4, 5, 6, 789, DateTimeKind.Utc),
        OriginalTimestamp = new DateTime(2026, 2, 3, 4, 5, 0, DateTimeKind.Utc),
        SentAt = new DateTime(2026, 2, 3, 4, 6, 0, DateTimeKind.Utc),
        ReceivedAt = new DateTime(2026, 2, 3, 4, 6, 1, 250, DateTimeKind.Utc),
        CampaignSource = "google",
        CampaignMedium = "cpc",
        CampaignName = "brand",
        Referrer = "https://www.google.com/",
        Raw = """{"type":"track","event":"Order Completed","messageId":"x"}""",
    };
}
