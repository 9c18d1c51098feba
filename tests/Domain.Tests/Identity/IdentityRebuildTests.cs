using Lodestar.Domain.Identity;
using Lodestar.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Identity;

public sealed class IdentityRebuildTests
{
    private static CancellationToken Ct => IdentityHarness.Ct;

    [Fact]
    public async Task RebuildAsync_AfterIncrementalRunsInSmallBatches_GivesExactlyTheSameProfiles()
    {
        await using var w = await IdentityHarness.StartAsync(batchSize: 7);
        var messages = MessyStream(seed: 11, people: 40, count: 600);
        foreach (var part in messages.Chunk(97))
        {
            await w.SendAsync(part);
            await w.ResolveAsync();
        }

        var incremental = await w.SnapshotAsync();
        var rebuilt = await w.Service.RebuildAsync(null, Ct);

        Assert.Equal(600, rebuilt.EventsProcessed);
        Assert.True(rebuilt.Merges > 5, $"the stream should merge profiles, merged {rebuilt.Merges}");
        Assert.True(rebuilt.Conflicts > 0, "the stream should hit limits");
        IdentityHarness.AssertSameSnapshot(incremental, await w.SnapshotAsync());
    }

    [Fact]
    public async Task RunIncrementalAsync_RunTwice_SecondRunChangesNothing()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync(MessyStream(seed: 5, people: 10, count: 80));
        await w.ResolveAsync();
        var first = await w.SnapshotAsync();

        var again = await w.ResolveAsync();

        Assert.Equal(0, again.EventsProcessed);
        IdentityHarness.AssertSameSnapshot(first, await w.SnapshotAsync());
    }

    [Fact]
    public async Task RunIncrementalAsync_CrashAfterFirstBatch_NextRunConvergesToTheSameResult()
    {
        await using var w = await IdentityHarness.StartAsync(batchSize: 10);
        await w.SendAsync(MessyStream(seed: 3, people: 12, count: 60));

        await Assert.ThrowsAsync<OperationCanceledException>(() => w.Service.RunIncrementalAsync(new CrashAfter(1), Ct));
        await using (var db = w.Host.CreateDbContext())
            Assert.Equal(10, await db.EventProfiles.CountAsync(Ct) + await db.IdentityConflicts.CountAsync(c => c.ProfileId == null, Ct));
        await w.ResolveAsync();
        var converged = await w.SnapshotAsync();
        await w.Service.RebuildAsync(null, Ct);

        IdentityHarness.AssertSameSnapshot(converged, await w.SnapshotAsync());
    }

    [Fact]
    public async Task RebuildAsync_DropsTheEventLookupIndexForTheWrite_CreatesItAgain()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync(MessyStream(seed: 9, people: 8, count: 50));
        await w.ResolveAsync();
        await using (var db = w.Host.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_EventProfiles_EventId_ProfileId\"", Ct);

        await w.Service.RebuildAsync(null, Ct);

        await using var check = w.Host.CreateDbContext();
        var indexes = await check.Database.SqlQueryRaw<string>(
            "SELECT \"name\" AS \"Value\" FROM sqlite_master WHERE \"type\" = 'index' AND \"tbl_name\" = 'EventProfiles'").ToListAsync(Ct);
        Assert.Contains("IX_EventProfiles_EventId_ProfileId", indexes);
    }

    /// <summary>
    /// People browsing on several devices, signing up, sharing emails and kiosks, sending blocked values and aliases:
    /// a deterministic stream that exercises every rule of the resolver.
    /// </summary>
    internal static string[] MessyStream(int seed, int people, int count)
    {
        var rng = new Random(seed);
        var messages = new string[count];
        for (var i = 0; i < count; i++)
        {
            var person = rng.Next(people);
            var device = $"dev-{person}-{rng.Next(3)}";
            var anonymous = rng.Next(10) == 0 ? $"kiosk-{rng.Next(2)}" : device;
            var email = rng.Next(8) == 0 ? $"shared{person % 3}@example.com" : rng.Next(15) == 0 ? "test@test.com" : $"p{person}.{rng.Next(7)}@example.com";
            var userId = rng.Next(12) == 0 ? $"u-{rng.Next(people)}" : $"u-{person}";
            messages[i] = rng.Next(10) switch
            {
                0 or 1 => $$$"""{"type":"identify","anonymousId":"{{{anonymous}}}","userId":"{{{userId}}}","traits":{"email":"{{{email}}}","plan":"p{{{rng.Next(3)}}}","phone":"(555) 01{{{person % 10}}}-00{{{rng.Next(10)}}}{{{rng.Next(10)}}}"}}""",
                2 => $$$"""{"type":"identify","anonymousId":"{{{anonymous}}}","traits":{"email":"{{{email}}}","name":"Person {{{person}}}"}}""",
                3 => $$$"""{"type":"track","anonymousId":"{{{anonymous}}}","event":"Subscribed","properties":{"email":"{{{email}}}"}}""",
                4 => $$$"""{"type":"alias","userId":"{{{userId}}}","previousId":"{{{device}}}"}""",
                5 => $$$"""{"type":"screen","userId":"{{{userId}}}","name":"Home","context":{"device":{"id":"phone-{{{person}}}"}""" + "}}",
                _ => $$$"""{"type":"page","anonymousId":"{{{anonymous}}}","name":"Page {{{rng.Next(5)}}}"}""",
            };
        }

        return messages;
    }

    private sealed class CrashAfter(int reports) : IJobProgress
    {
        private int _seen;

        public Task ReportAsync(double fraction, string message, CancellationToken cancellationToken) =>
            ++_seen >= reports ? throw new OperationCanceledException("simulated crash") : Task.CompletedTask;
    }
}
