using Lodestar.Domain.Audit;
using Lodestar.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Tests.Audit;

public sealed class AuditServiceTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private static readonly AuditActor Mia = new(AuditActor.User, "u-mia", "mia@example.com", "198.51.100.4", "Firefox");
    private static readonly AuditActor Script = new(AuditActor.ApiKey, "api-key:3", "Nightly export", "203.0.113.8", null);

    /// <summary>Four entries, a day apart from 2026-03-01 09:00 UTC.</summary>
    private static async Task<DomainTestHost> StartAsync()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var host = await DomainTestHost.StartAsync(configure: s => s.AddSingleton<TimeProvider>(clock));
        var audit = host.Get<AuditService>();
        await audit.RecordAsync(Mia, AuditActions.SignIn, null, null, Ct);
        clock.Advance(TimeSpan.FromDays(1));
        await audit.RecordAsync(Mia, AuditActions.SegmentCreated, AuditTarget.Of("segment", 7, "Trial users"), "dynamic", Ct);
        clock.Advance(TimeSpan.FromDays(1));
        await audit.RecordAsync(Script, AuditActions.SegmentMembersExported, AuditTarget.Of("segment", 7, "Trial users"), "CSV, 12 members", Ct);
        clock.Advance(TimeSpan.FromDays(1));
        await audit.RecordAsync(Mia, AuditActions.SegmentDeleted, AuditTarget.Of("segment", 7, "Trial users"), null, Ct);
        return host;
    }

    [Fact]
    public async Task RecordAsync_Entry_StoredWithWhoWhatWhenWhere()
    {
        await using var host = await StartAsync();

        var page = await host.Get<AuditService>().QueryAsync(new AuditQuery(Action: AuditActions.SegmentMembersExported), Ct);

        var entry = Assert.Single(page.Items);
        Assert.Equal((new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc), "api-key", "api-key:3", "Nightly export"),
            (entry.OccurredAt, entry.ActorType, entry.ActorId, entry.ActorName));
        Assert.Equal(("segment", "7", "Trial users", "CSV, 12 members"), (entry.TargetType, entry.TargetId, entry.TargetDisplay, entry.Detail));
        Assert.Equal(("203.0.113.8", (string?)null), (entry.IpAddress, entry.UserAgent));
    }

    [Fact]
    public async Task RecordAsync_OverlongValues_Cut()
    {
        await using var host = await DomainTestHost.StartAsync();
        var audit = host.Get<AuditService>();

        await audit.RecordAsync(Mia with { UserAgent = new string('a', 2000) }, AuditActions.SignIn, null, new string('d', 5000), Ct);

        var entry = Assert.Single((await audit.QueryAsync(new AuditQuery(), Ct)).Items);
        Assert.Equal((AuditLimits.UserAgentLength, AuditLimits.DetailLength), (entry.UserAgent!.Length, entry.Detail!.Length));
    }

    [Theory]
    [InlineData(null, null, null, new[] { "segment.deleted", "segment.members-exported", "segment.created", "auth.sign-in" })]
    [InlineData("trial", null, null, new[] { "segment.deleted", "segment.members-exported", "segment.created" })]
    [InlineData("203.0.113", null, null, new[] { "segment.members-exported" })]
    [InlineData(null, "segment.*", null, new[] { "segment.deleted", "segment.members-exported", "segment.created" })]
    [InlineData(null, "auth.sign-in", null, new[] { "auth.sign-in" })]
    [InlineData(null, null, "MIA@example.com", new[] { "segment.deleted", "segment.created", "auth.sign-in" })]
    [InlineData(null, null, "api-key:3", new[] { "segment.members-exported" })]
    [InlineData("trial", "segment.*", "u-mia", new[] { "segment.deleted", "segment.created" })]
    public async Task QueryAsync_Filters_NewestFirst(string? text, string? action, string? user, string[] expected)
    {
        await using var host = await StartAsync();

        var page = await host.Get<AuditService>().QueryAsync(new AuditQuery(text, action, user), Ct);

        Assert.Equal(expected, page.Items.Select(e => e.Action));
        Assert.Equal(expected.Length, page.Total);
    }

    [Fact]
    public async Task QueryAsync_DateRangeAndPaging_FromInclusiveBeforeExclusive()
    {
        await using var host = await StartAsync();
        var audit = host.Get<AuditService>();

        var range = await audit.QueryAsync(new AuditQuery(From: new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc),
            Before: new DateTime(2026, 3, 4, 0, 0, 0, DateTimeKind.Utc)), Ct);
        var second = await audit.QueryAsync(new AuditQuery(Skip: 1, Take: 2), Ct);

        Assert.Equal(["segment.members-exported", "segment.created"], range.Items.Select(e => e.Action));
        Assert.Equal(["segment.members-exported", "segment.created"], second.Items.Select(e => e.Action));
        Assert.Equal(4, second.Total);
    }

    [Theory]
    [InlineData(-1, 50, "skip")]
    [InlineData(0, 0, "take")]
    [InlineData(0, 201, "take")]
    public async Task QueryAsync_BadPaging_NamesTheParameter(int skip, int take, string field)
    {
        await using var host = await DomainTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => host.Get<AuditService>().QueryAsync(new AuditQuery(Skip: skip, Take: take), Ct));

        Assert.Equal([field], error.Errors.Keys);
    }

    [Fact]
    public async Task ActionsAsync_DistinctActionsInOrder()
    {
        await using var host = await StartAsync();

        Assert.Equal(["auth.sign-in", "segment.created", "segment.deleted", "segment.members-exported"], await host.Get<AuditService>().ActionsAsync(Ct));
    }
}
