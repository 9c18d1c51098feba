using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Access;

/// <summary>
/// <c>destinations</c>: which destinations hold the person now (as far as Lodestar knows), and every record planned or sent
/// to a destination about them, with the payload exactly as it was sent.
/// </summary>
internal static class DestinationSection
{
    private const int Chunk = 500;
    private const int Page = 1000;

    public static async Task WriteAsync(PortalDbContext db, SubjectExport export, SubjectJsonWriter w, SubjectExportSummary summary,
        CancellationToken cancellationToken)
    {
        var profiles = export.Footprint.ProfileIds.ToList();
        var destinations = await db.Destinations.AsNoTracking().ToDictionaryAsync(d => d.Id, d => (d.Name, d.Type), cancellationToken);
        var connections = await db.DestinationConnections.AsNoTracking().ToDictionaryAsync(c => c.Id, c => (c.DestinationId, c.SegmentId), cancellationToken);
        var segments = await db.Segments.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var connectionIds = connections.Keys.ToList();
        var json = w.Json;
        json.WriteStartObject("destinations");
        json.WriteStartArray("heldBy");
        foreach (var chunk in profiles.Chunk(Chunk))
        {
            // Keyed by connection first: all connection ids with the profile ids read one key range per connection.
            var held = await db.DestinationMembers.AsNoTracking().Where(m => connectionIds.Contains(m.ConnectionId) && chunk.Contains(m.ProfileId))
                .OrderBy(m => m.ConnectionId).ToListAsync(cancellationToken);
            foreach (var m in held)
            {
                var (destinationId, segmentId) = connections[m.ConnectionId];
                json.WriteStartObject();
                WriteDestination(w, destinations, destinationId);
                json.WriteNumber("segmentId", segmentId);
                json.WriteString("segment", segments.GetValueOrDefault(segmentId));
                json.WriteNumber("profileId", m.ProfileId);
                w.Time("sentAt", m.SentAt);
                json.WriteEndObject();
                summary.DestinationMemberships++;
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("records");
        foreach (var chunk in profiles.Chunk(Chunk))
        {
            var after = 0L;
            while (true)
            {
                var entries = await db.DestinationLedger.AsNoTracking().Where(e => chunk.Contains(e.ProfileId) && e.Id > after)
                    .OrderBy(e => e.Id).Take(Page).ToListAsync(cancellationToken);
                foreach (var e in entries)
                    WriteRecord(w, destinations, connections, segments, e, summary);
                await w.FlushIfFullAsync(cancellationToken);
                if (entries.Count < Page)
                    break;
                after = entries[^1].Id;
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRecord(SubjectJsonWriter w, Dictionary<long, (string Name, DestinationType Type)> destinations,
        Dictionary<long, (long DestinationId, long SegmentId)> connections, Dictionary<long, string> segments, DestinationLedgerEntry e,
        SubjectExportSummary summary)
    {
        var json = w.Json;
        json.WriteStartObject();
        WriteDestination(w, destinations, e.DestinationId);
        if (e.ConnectionId is { } connection && connections.TryGetValue(connection, out var c))
            json.WriteString("segment", segments.GetValueOrDefault(c.SegmentId));
        json.WriteNumber("profileId", e.ProfileId);
        json.WriteString("action", e.Action == LedgerAction.Add ? "add or update (entered the audience)" : "remove (left the audience)");
        w.Enum("status", e.Status);
        w.Time("sentAt", e.SentAt);
        json.WriteNumber("runId", e.RunId);
        w.Stored("payload", e.Payload);
        w.String("error", e.Error);
        json.WriteEndObject();
        summary.DestinationRecords++;
    }

    private static void WriteDestination(SubjectJsonWriter w, Dictionary<long, (string Name, DestinationType Type)> destinations, long id)
    {
        w.Json.WriteNumber("destinationId", id);
        if (destinations.TryGetValue(id, out var d))
        {
            w.Json.WriteString("destination", d.Name);
            w.Json.WriteString("destinationType", DestinationTypeNames.Of(d.Type));
        }
        else
        {
            w.Json.WriteString("destination", "(deleted)");
        }
    }
}
