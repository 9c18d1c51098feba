using Lodestar.Domain.Events;
using Lodestar.Domain.Privacy;
using Lodestar.Domain.Tests.Ingestion;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy;

/// <summary>Both insert paths record the same consent transitions (the raw SQLite one and the EF one SQL Server uses).</summary>
public sealed class ConsentIngestionTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(EventSinkTests.Sinks), MemberType = typeof(EventSinkTests))]
    public async Task InsertAsync_RepeatsDuplicatesAndChanges_OnlyTransitionsStored(string sink)
    {
        await using var host = await DomainTestHost.StartAsync();
        await using var events = await EventSinkTests.OpenAsync(host, sink);

        await events.InsertAsync([With("m1", 0, true), With("m2", 1, true), With("m1", 2, false)], Ct);
        await events.InsertAsync([With("m3", 3, true), With("m4", 4, false), With("m5", 5, false), With("m6", 6, true)], Ct);

        await using var db = host.CreateDbContext();
        var rows = await db.ConsentChanges.AsNoTracking().Where(c => c.IdentifierType == "user_id").OrderBy(c => c.OccurredAt).ToListAsync(Ct);
        // m1 grants; m2, m3 repeat it; the duplicate m1 is not stored; m4 withdraws, m5 repeats, m6 grants again.
        Assert.Equal([("m1", true), ("m4", false), ("m6", true)], rows.Select(r => (r.Reference!, r.Granted)));
        Assert.All(rows, r => Assert.Equal(("u-1", "analytics", ConsentSource.Tracking), (r.IdentifierValue, r.Category, r.Source)));
        Assert.Equal(3, await db.ConsentChanges.CountAsync(c => c.IdentifierType == "anonymous_id" && c.IdentifierValue == "a-1", Ct));
    }

    private static TrackedEvent With(string messageId, int minute, bool granted)
    {
        var e = EventSinkTests.Event(messageId);
        e.Timestamp = new DateTime(2026, 2, 3, 10, minute, 0, DateTimeKind.Utc);
        e.Consent = [new ConsentPreference("analytics", granted)];
        return e;
    }
}
