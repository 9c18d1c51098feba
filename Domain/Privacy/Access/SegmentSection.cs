using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Access;

/// <summary>
/// <c>segments</c>: the audiences the person is in now, every entry and exit recorded, and the uploaded lists (static
/// segments) that name one of their identifiers.
/// </summary>
internal static class SegmentSection
{
    private const int Chunk = 500;

    public static async Task WriteAsync(PortalDbContext db, SubjectExport export, SubjectJsonWriter w, SubjectExportSummary summary,
        CancellationToken cancellationToken)
    {
        var profiles = export.Footprint.ProfileIds.ToList();
        var names = await db.Segments.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        // Keyed by segment first: every segment id with the profile ids reads one key range per segment, not the table.
        var segments = names.Keys.ToList();
        var json = w.Json;
        json.WriteStartObject("segments");
        json.WriteStartArray("current");
        foreach (var chunk in profiles.Chunk(Chunk))
        {
            var members = await db.SegmentMembers.AsNoTracking().Where(m => segments.Contains(m.SegmentId) && chunk.Contains(m.ProfileId))
                .OrderBy(m => m.SegmentId).ThenBy(m => m.ProfileId).ToListAsync(cancellationToken);
            foreach (var m in members)
            {
                json.WriteStartObject();
                json.WriteNumber("segmentId", m.SegmentId);
                json.WriteString("segment", names.GetValueOrDefault(m.SegmentId));
                json.WriteNumber("profileId", m.ProfileId);
                w.Time("memberSince", m.EnteredAt);
                json.WriteEndObject();
                summary.SegmentMemberships++;
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("history");
        foreach (var chunk in profiles.Chunk(Chunk))
        {
            var changes = await db.SegmentMembershipChanges.AsNoTracking().Where(c => chunk.Contains(c.ProfileId))
                .OrderBy(c => c.Id).ToListAsync(cancellationToken);
            foreach (var c in changes)
            {
                json.WriteStartObject();
                json.WriteNumber("segmentId", c.SegmentId);
                json.WriteString("segment", names.GetValueOrDefault(c.SegmentId));
                json.WriteNumber("profileId", c.ProfileId);
                json.WriteString("change", c.Entered ? "entered" : "left");
                w.Time("at", c.At);
                json.WriteEndObject();
                summary.SegmentMembershipChanges++;
            }

            await w.FlushIfFullAsync(cancellationToken);
        }

        json.WriteEndArray();
        json.WriteStartArray("uploadedLists");
        foreach (var type in export.Footprint.Identifiers.GroupBy(i => i.Type))
        {
            foreach (var chunk in type.Select(i => i.Value).Chunk(Chunk))
            {
                var rows = await db.SegmentStaticIdentifiers.AsNoTracking()
                    .Where(i => segments.Contains(i.SegmentId) && i.Type == type.Key && chunk.Contains(i.Value)).ToListAsync(cancellationToken);
                foreach (var row in rows.OrderBy(r => r.SegmentId))
                {
                    json.WriteStartObject();
                    json.WriteNumber("segmentId", row.SegmentId);
                    json.WriteString("segment", names.GetValueOrDefault(row.SegmentId));
                    json.WriteString("identifier", $"{row.Type} {row.Value}");
                    json.WriteEndObject();
                    summary.SegmentUploads++;
                }
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await w.FlushIfFullAsync(cancellationToken);
    }
}
