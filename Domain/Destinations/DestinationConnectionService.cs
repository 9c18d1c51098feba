using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Destinations;

/// <summary>Connects segments to audience destinations, with their field mapping and schedule.</summary>
public sealed class DestinationConnectionService(IDbContextFactory<PortalDbContext> contexts, Sending.DestinationTypes types, TimeProvider time)
{
    public const int MinScheduleMinutes = 15;

    public const int MaxScheduleMinutes = 7 * 24 * 60;

    public async Task<long> ConnectAsync(long destinationId, ConnectionDraft draft, string user, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var destination = await db.Destinations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == destinationId, cancellationToken)
            ?? throw new NotFoundException($"There is no destination {destinationId}.");
        if (types.Find(destination.Type) is { Info.Audiences: false } type)
            throw new DomainValidationException("destination", $"{type.Info.Title} receives events, not segments: connect the segment to an audience destination.");
        await ValidateAsync(db, draft, cancellationToken);
        if (await db.DestinationConnections.AnyAsync(c => c.DestinationId == destinationId && c.SegmentId == draft.SegmentId, cancellationToken))
            throw new DomainValidationException("segmentId", "This segment is already connected to this destination; change that connection instead.");
        var now = time.GetUtcNow().UtcDateTime;
        var connection = new DestinationConnection
        {
            DestinationId = destinationId, SegmentId = draft.SegmentId, Mapping = Mapping(draft), ScheduleMinutes = draft.ScheduleMinutes,
            Enabled = draft.Enabled, CreatedAt = now, CreatedBy = user, UpdatedAt = now, UpdatedBy = user,
        };
        db.DestinationConnections.Add(connection);
        await db.SaveChangesAsync(cancellationToken);
        return connection.Id;
    }

    public async Task UpdateAsync(long destinationId, long connectionId, ConnectionDraft draft, string user, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var connection = await Find(db, destinationId, connectionId, cancellationToken);
        if (draft.SegmentId != connection.SegmentId)
            throw new DomainValidationException("segmentId", "A connection's segment cannot change; connect the other segment and disconnect this one.");
        await ValidateAsync(db, draft, cancellationToken);
        connection.Mapping = Mapping(draft);
        connection.ScheduleMinutes = draft.ScheduleMinutes;
        connection.Enabled = draft.Enabled;
        connection.UpdatedAt = time.GetUtcNow().UtcDateTime;
        connection.UpdatedBy = user;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Stops syncing the segment. What the destination already holds stays there; the history stays here.</summary>
    public async Task DisconnectAsync(long destinationId, long connectionId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var connection = await Find(db, destinationId, connectionId, cancellationToken);
        if (await db.DestinationRuns.AnyAsync(r => r.ConnectionId == connectionId && r.Status == DestinationRunStatus.Running, cancellationToken))
            throw new DomainValidationException("connection", "A sync of this segment is running; wait for it to finish, then disconnect.");
        db.DestinationConnections.Remove(connection);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<DestinationConnection> Find(PortalDbContext db, long destinationId, long connectionId, CancellationToken cancellationToken) =>
        await db.DestinationConnections.FirstOrDefaultAsync(c => c.Id == connectionId && c.DestinationId == destinationId, cancellationToken)
        ?? throw new NotFoundException($"Destination {destinationId} has no connection {connectionId}.");

    private static string Mapping(ConnectionDraft draft) =>
        DestinationSettings.WriteMapping((draft.Mapping ?? []).Select(m => new FieldMapping(m.Trait.Trim(), m.Field.Trim())));

    private static async Task ValidateAsync(PortalDbContext db, ConnectionDraft draft, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!await db.Segments.AnyAsync(s => s.Id == draft.SegmentId, cancellationToken))
            errors["segmentId"] = [$"There is no segment {draft.SegmentId}: choose one from Segments."];
        if (draft.ScheduleMinutes != 0 && draft.ScheduleMinutes is < MinScheduleMinutes or > MaxScheduleMinutes)
            errors["scheduleMinutes"] = [$"Sync every {MinScheduleMinutes} minutes to 7 days ({MaxScheduleMinutes:N0} minutes), or 0 for on demand only."];
        var mapping = draft.Mapping ?? [];
        if (mapping.Count > DestinationLimits.MaxMappings)
            errors["mapping"] = [$"At most {DestinationLimits.MaxMappings} mapped fields."];
        else if (mapping.Any(m => string.IsNullOrWhiteSpace(m.Trait) || string.IsNullOrWhiteSpace(m.Field)))
            errors["mapping"] = ["Every mapping row needs a trait and a destination field name."];
        else if (mapping.GroupBy(m => m.Field.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            errors["mapping"] = [$"The destination field '{twice.Key}' is mapped twice."];
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
    }
}
