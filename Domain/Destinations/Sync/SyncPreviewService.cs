using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations.Sending;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Destinations.Sync;

/// <summary>What the next sync of a connection would send, from the same diff the sync uses.</summary>
public sealed class SyncPreviewService(IDbContextFactory<PortalDbContext> contexts, DestinationTypes types, DestinationTargets targets)
{
    public const int SampleSize = 20;

    public async Task<SyncPreview> PreviewAsync(long destinationId, long connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = await db.DestinationConnections.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == connectionId && c.DestinationId == destinationId, cancellationToken)
            ?? throw new NotFoundException($"Destination {destinationId} has no connection {connectionId}.");
        var destination = await db.Destinations.AsNoTracking().FirstAsync(d => d.Id == destinationId, cancellationToken);
        var sender = types.Sender(destination.Type);
        var full = connection.LastSuccessAt is null || (sender is not null && SendsFull(sender, destination));
        var diff = new AudienceDiff(db, connection, destination.RequiredConsentCategory, full);
        var adds = await diff.Adds.CountAsync(cancellationToken);
        var removes = await diff.Removes.CountAsync(cancellationToken);
        var withoutConsent = destination.RequiredConsentCategory is null ? 0
            : await diff.Members.CountAsync(cancellationToken) - await diff.Desired.CountAsync(cancellationToken);
        var sampleAdds = await diff.Adds.OrderBy(p => p).Take(SampleSize).ToListAsync(cancellationToken);
        var sampleRemoves = await diff.Removes.OrderBy(p => p).Take(Math.Max(SampleSize / 2, SampleSize - sampleAdds.Count)).ToListAsync(cancellationToken);
        var payloads = await AudienceRecordBuilder.BuildAsync(db, connectionId, sampleAdds, sampleRemoves,
            DestinationSettings.ReadMapping(connection.Mapping), cancellationToken);
        var sample = sampleAdds.Select(p => payloads[p].ToRecord(0, LedgerAction.Add))
            .Concat(sampleRemoves.Select(p => payloads[p].ToRecord(0, LedgerAction.Remove)))
            .Take(SampleSize).ToList();
        return new SyncPreview(connectionId, full, adds, removes, withoutConsent, sample);
    }

    private bool SendsFull(IAudienceSender sender, Destination destination)
    {
        try
        {
            return sender.SendsFullAudience(targets.For(destination));
        }
        catch (DestinationSecretsUnreadableException)
        {
            return false;
        }
    }
}
