using System.Data.Common;
using Lodestar.Domain.Data;
using Lodestar.Domain.Data.Bulk;
using Lodestar.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lodestar.Domain.Identity;

/// <summary>
/// Writes a resolver run and the new watermark in one transaction: a crash leaves the previous state and the same
/// messages are processed again. Event attributions and identifiers always name the profile's current root.
/// </summary>
public sealed class IdentityChangeWriter(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public const string WatermarkKey = "identity.watermark";

    /// <summary>Counts full rebuilds, so that tables derived from event → profile rows know to take them again.</summary>
    public const string GenerationKey = "identity.generation";

    /// <summary>The id of the last event resolved (0 before the first run).</summary>
    public async Task<long> WatermarkAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await ReadWatermarkAsync(db, cancellationToken);
    }

    /// <param name="expectedWatermark">
    /// The watermark the run started from; null for a full rebuild, which deletes everything derived so far first.
    /// Another run having moved it meanwhile fails this one instead of applying the same events twice.
    /// </param>
    public async Task SaveAsync(IdentityChangeSet changes, IdentityGraph graph, long? expectedWatermark, CancellationToken cancellationToken)
    {
        var replaceAll = expectedWatermark is null;
        await using var db = contexts.CreateDbContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            if (replaceAll)
            {
                await EventProfileLookupIndex.DropAsync(db, cancellationToken);
                await ClearAsync(db, cancellationToken);
                await NextGenerationAsync(db, cancellationToken);
            }
            else if (await ReadWatermarkAsync(db, cancellationToken) != expectedWatermark)
                throw new InvalidOperationException("Another identity resolution run has moved the watermark; this run is discarded.");
            else if (await RepointMergedAsync(db, changes, graph, cancellationToken))
                await Segments.Facts.SegmentEventsVersion.StageNextAsync(db, time.GetUtcNow().UtcDateTime, cancellationToken);
            await WriteProfilesAsync(db, connection, dbTransaction, changes, graph, cancellationToken);
            await WriteRowsAsync(connection, dbTransaction, changes, graph, cancellationToken);
            if (replaceAll)
                await EventProfileLookupIndex.CreateAsync(db, cancellationToken);
            changes.Stage?.Invoke(db);
            await SetWatermarkAsync(db, changes.LastEventId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private static async Task ClearAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await db.EventProfiles.ExecuteDeleteAsync(cancellationToken);
        await db.ProfileTraits.ExecuteDeleteAsync(cancellationToken);
        await db.ProfileIdentifiers.ExecuteDeleteAsync(cancellationToken);
        await db.ProfileMerges.ExecuteDeleteAsync(cancellationToken);
        await db.IdentityConflicts.ExecuteDeleteAsync(cancellationToken);
        await db.Profiles.ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task<long> ReadWatermarkAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var text = await AppSettingsStore.ReadAsync(db, WatermarkKey, cancellationToken);
        return text is null ? 0 : long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Profiles stored earlier that this run merged away: their rows now belong to the survivor. True when there were any.</summary>
    private static async Task<bool> RepointMergedAsync(PortalDbContext db, IdentityChangeSet changes, IdentityGraph graph, CancellationToken cancellationToken)
    {
        var any = false;
        foreach (var merge in changes.Merges.Where(m => !changes.Created.Contains(m.MergedId)))
        {
            any = true;
            var root = graph.RootOf(merge.MergedId);
            await db.Database.ExecuteSqlAsync($"UPDATE \"ProfileIdentifiers\" SET \"ProfileId\" = {root} WHERE \"ProfileId\" = {merge.MergedId}", cancellationToken);
            await db.Database.ExecuteSqlAsync($"UPDATE \"EventProfiles\" SET \"ProfileId\" = {root} WHERE \"ProfileId\" = {merge.MergedId}", cancellationToken);
            await db.Database.ExecuteSqlAsync($"UPDATE \"SegmentEvents\" SET \"ProfileId\" = {root} WHERE \"ProfileId\" = {merge.MergedId}", cancellationToken);
        }

        return any;
    }

    private static async Task WriteProfilesAsync(PortalDbContext db, DbConnection connection, DbTransaction transaction,
        IdentityChangeSet changes, IdentityGraph graph, CancellationToken cancellationToken)
    {
        var touched = changes.Touched.Select(graph.Get).OrderBy(p => p.Id).ToList();
        foreach (var profile in touched.Where(p => !changes.Created.Contains(p.Id)))
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "Profiles" SET "MergedIntoId" = {profile.MergedIntoId}, "FirstSeenAt" = {profile.FirstSeenAt},
                    "LastSeenAt" = {profile.LastSeenAt}, "EventCount" = {profile.EventCount},
                    "IdentifierCount" = {profile.Identifiers.Count}, "DisplayName" = {ProfileDisplay.NameOf(profile)}
                WHERE "Id" = {profile.Id}
                """, cancellationToken);
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"ProfileTraits\" WHERE \"ProfileId\" = {profile.Id}", cancellationToken);
        }

        await using (var profiles = new BulkInserter(connection, transaction, "Profiles",
                         "Id", "MergedIntoId", "FirstSeenAt", "LastSeenAt", "EventCount", "IdentifierCount", "DisplayName"))
        {
            await profiles.InsertAsync(touched.Where(p => changes.Created.Contains(p.Id)).ToList(), p =>
                [p.Id, p.MergedIntoId, p.FirstSeenAt, p.LastSeenAt, p.EventCount, p.Identifiers.Count, ProfileDisplay.NameOf(p)], cancellationToken);
        }

        var traits = touched.Where(p => p.MergedIntoId is null)
            .SelectMany(p => p.Traits.Select(t => (ProfileId: p.Id, t.Key, t.Value))).ToList();
        await using var traitRows = new BulkInserter(connection, transaction, "ProfileTraits",
            "ProfileId", "Key", "Value", "UpdatedAt", "EventId", "MessageId");
        await traitRows.InsertAsync(traits, t =>
            [t.ProfileId, t.Key, t.Value.Value, t.Value.UpdatedAt, t.Value.EventId, t.Value.MessageId], cancellationToken);
    }

    private static async Task WriteRowsAsync(DbConnection connection, DbTransaction transaction, IdentityChangeSet changes,
        IdentityGraph graph, CancellationToken cancellationToken)
    {
        await using (var identifiers = new BulkInserter(connection, transaction, "ProfileIdentifiers",
                         "Type", "Value", "ProfileId", "FirstEventId", "FirstSeenAt"))
        {
            await identifiers.InsertAsync(changes.NewIdentifiers, i =>
                [i.Type, i.Value, graph.RootOf(i.ProfileId), i.FirstEventId, i.FirstSeenAt], cancellationToken);
        }

        await using (var merges = new BulkInserter(connection, transaction, "ProfileMerges",
                         "SurvivorId", "MergedId", "IdentifierType", "IdentifierValue", "EventId", "MessageId", "Rule", "At",
                         "SurvivorAnchorType", "SurvivorAnchorValue", "MergedAnchorType", "MergedAnchorValue"))
        {
            await merges.InsertAsync(changes.Merges, m =>
            [
                m.SurvivorId, m.MergedId, m.IdentifierType, m.IdentifierValue, m.EventId, m.MessageId, m.Rule, m.At,
                m.SurvivorAnchorType, m.SurvivorAnchorValue, m.MergedAnchorType, m.MergedAnchorValue,
            ], cancellationToken);
        }

        await using (var conflicts = new BulkInserter(connection, transaction, "IdentityConflicts",
                         "EventId", "MessageId", "ProfileId", "IdentifierType", "IdentifierValue", "Reason", "At"))
        {
            await conflicts.InsertAsync(changes.Conflicts, c =>
                [c.EventId, c.MessageId, c.ProfileId, c.IdentifierType, c.IdentifierValue, c.Reason, c.At], cancellationToken);
        }

        // Sorted by the key, so the timeline index grows at its end instead of being updated all over.
        var assignments = changes.Assignments.Select(a => (ProfileId: graph.RootOf(a.ProfileId), a.EventId))
            .OrderBy(a => a.ProfileId).ThenBy(a => a.EventId).ToList();
        await EventProfileRows.InsertAsync(connection, transaction, assignments, cancellationToken);
    }

    private async Task NextGenerationAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var current = await AppSettingsStore.ReadAsync(db, GenerationKey, cancellationToken) is { } text
            ? long.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var next = (current + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await AppSettingsStore.StageAsync(db, GenerationKey, next, time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private async Task SetWatermarkAsync(PortalDbContext db, long lastEventId, CancellationToken cancellationToken)
    {
        var value = lastEventId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await AppSettingsStore.StageAsync(db, WatermarkKey, value, time.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
