using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Segments.Facts;

/// <summary>
/// A stamp that changes with every write to <see cref="SegmentEvent"/> rows, for in-memory copies of them (the funnel
/// event cache) to know they are stale. Every writer stages <see cref="StageNextAsync"/> in the transaction that
/// changes rows: the sync's additions and remaps, and the identity writer's merges (a manual link moves no watermark,
/// so the watermarks alone would miss it). A new random value each time, so two writers can never leave the same stamp.
/// </summary>
public static class SegmentEventsVersion
{
    public const string Key = "segments.eventsVersion";

    // The watermarks and generations change with the rows too; reading them as well costs nothing and guards a writer
    // that forgot the version.
    private static readonly string[] Keys =
    [
        Key, SegmentEventSyncService.WatermarkKey, SegmentEventSyncService.GenerationKey,
        IdentityChangeWriter.WatermarkKey, IdentityChangeWriter.GenerationKey,
    ];

    /// <summary>Stages a new version in the caller's context; the caller saves it in the same transaction as its rows.</summary>
    public static Task StageNextAsync(PortalDbContext db, DateTime now, CancellationToken cancellationToken) =>
        AppSettingsStore.StageAsync(db, Key, Guid.NewGuid().ToString("N"), now, cancellationToken);

    /// <summary>The current stamp. Read it before the rows it describes: rows newer than their stamp only cause a reload.</summary>
    public static async Task<string> ReadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var values = await db.AppSettings.AsNoTracking().Where(s => Keys.Contains(s.Key))
            .Select(s => new { s.Key, s.Value }).ToListAsync(cancellationToken);
        return string.Join(';', values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));
    }
}
