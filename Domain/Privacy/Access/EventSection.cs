using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Access;

/// <summary>
/// <c>events</c>: every tracking message of the person (their CRM records' messages too) as it is stored, with when it
/// arrived, in the order it was stored. Read in chunks of ids, so only one chunk is in memory at a time.
/// </summary>
internal static class EventSection
{
    private const int Chunk = 500;

    public static async Task WriteAsync(PortalDbContext db, SubjectExport export, SubjectJsonWriter w, SubjectExportSummary summary,
        CancellationToken cancellationToken)
    {
        var sources = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var json = w.Json;
        json.WriteStartArray("events");
        foreach (var chunk in export.Footprint.EventIds.Chunk(Chunk))
        {
            var events = await db.Events.AsNoTracking().Where(e => chunk.Contains(e.Id)).OrderBy(e => e.Id)
                .Select(e => new { e.Id, e.MessageId, e.Type, e.Name, e.SourceId, e.Timestamp, e.ReceivedAt, e.Raw })
                .ToListAsync(cancellationToken);
            foreach (var e in events)
            {
                json.WriteStartObject();
                json.WriteNumber("eventId", e.Id);
                json.WriteString("messageId", e.MessageId);
                w.Enum("type", e.Type);
                w.String("name", e.Name);
                w.String("source", sources.GetValueOrDefault(e.SourceId));
                w.Time("timestamp", e.Timestamp);
                w.Time("receivedAt", e.ReceivedAt);
                w.Stored("message", e.Raw);
                json.WriteEndObject();
                summary.Events++;
                await w.FlushIfFullAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        summary.EventsOfOthersMentioningThem = export.Footprint.MentionEventIds.Count;
    }
}
