using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Access;

/// <summary><c>profiles</c> (with their current traits and the merges that joined them) and <c>identifiers</c>.</summary>
internal static class ProfileSection
{
    private const int Chunk = 500;

    public static async Task WriteAsync(PortalDbContext db, SubjectExport export, SubjectJsonWriter w, SubjectExportSummary summary,
        CancellationToken cancellationToken)
    {
        var ids = export.Footprint.ProfileIds.Order().ToList();
        var json = w.Json;
        json.WriteStartArray("profiles");
        foreach (var chunk in ids.Chunk(Chunk))
        {
            var profiles = await db.Profiles.AsNoTracking().Where(p => chunk.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
            var traits = (await db.ProfileTraits.AsNoTracking().Where(t => chunk.Contains(t.ProfileId)).ToListAsync(cancellationToken))
                .ToLookup(t => t.ProfileId);
            foreach (var p in profiles)
            {
                json.WriteStartObject();
                json.WriteNumber("profileId", p.Id);
                w.String("status", p.MergedIntoId is { } into ? $"merged into profile {into}" : "active");
                w.Number("mergedIntoProfileId", p.MergedIntoId);
                w.String("displayName", p.DisplayName);
                w.Time("firstSeenAt", p.FirstSeenAt);
                w.Time("lastSeenAt", p.LastSeenAt);
                json.WriteNumber("eventCount", p.EventCount);
                json.WriteStartArray("traits");
                foreach (var t in traits[p.Id].OrderBy(t => t.Key, StringComparer.Ordinal))
                {
                    json.WriteStartObject();
                    json.WriteString("name", t.Key);
                    w.Stored("value", t.Value);
                    w.Time("updatedAt", t.UpdatedAt);
                    json.WriteString("setByMessageId", t.MessageId);
                    json.WriteEndObject();
                    summary.Traits++;
                }

                json.WriteEndArray();
                json.WriteEndObject();
                summary.Profiles++;
            }

            await w.FlushIfFullAsync(cancellationToken);
        }

        json.WriteEndArray();
        await WriteMergesAsync(db, ids, w, summary, cancellationToken);
        await WriteIdentifiersAsync(db, export, ids, w, summary, cancellationToken);
    }

    private static async Task WriteMergesAsync(PortalDbContext db, List<long> ids, SubjectJsonWriter w, SubjectExportSummary summary, CancellationToken cancellationToken)
    {
        var merges = new Dictionary<long, ProfileMerge>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            foreach (var m in await db.ProfileMerges.AsNoTracking().Where(m => chunk.Contains(m.SurvivorId) || chunk.Contains(m.MergedId)).ToListAsync(cancellationToken))
                merges[m.Id] = m;
        }

        var json = w.Json;
        json.WriteStartArray("merges");
        foreach (var m in merges.Values.OrderBy(m => m.At).ThenBy(m => m.Id))
        {
            json.WriteStartObject();
            json.WriteNumber("mergedProfileId", m.MergedId);
            json.WriteNumber("intoProfileId", m.SurvivorId);
            w.Time("at", m.At);
            json.WriteString("linkedBy", $"{m.IdentifierType} {m.IdentifierValue}");
            json.WriteString("rule", m.Rule);
            json.WriteString("messageId", m.MessageId);
            json.WriteEndObject();
            summary.Merges++;
        }

        json.WriteEndArray();
    }

    /// <summary>Every identifier of the person; those a profile holds say which and since when.</summary>
    private static async Task WriteIdentifiersAsync(PortalDbContext db, SubjectExport export, List<long> ids, SubjectJsonWriter w,
        SubjectExportSummary summary, CancellationToken cancellationToken)
    {
        var held = new Dictionary<IdentifierKey, ProfileIdentifier>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            foreach (var i in await db.ProfileIdentifiers.AsNoTracking().Where(i => chunk.Contains(i.ProfileId)).ToListAsync(cancellationToken))
                held[new IdentifierKey(i.Type, i.Value)] = i;
        }

        var json = w.Json;
        json.WriteStartArray("identifiers");
        foreach (var key in export.Footprint.Identifiers.Union(held.Keys).OrderBy(k => k.Type, StringComparer.Ordinal).ThenBy(k => k.Value, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("type", key.Type);
            json.WriteString("value", key.Value);
            if (held.TryGetValue(key, out var row))
            {
                json.WriteNumber("profileId", row.ProfileId);
                w.Time("firstSeenAt", row.FirstSeenAt);
            }
            else
            {
                json.WriteNull("profileId");
                json.WriteString("note", Unheld(key));
            }

            json.WriteEndObject();
            summary.Identifiers++;
        }

        json.WriteEndArray();
    }

    private static string Unheld(IdentifierKey key) => key.Type == Crm.CrmMessages.ContactIdType
        ? "a CRM contact's id; the contact is under crm.contacts"
        : "on messages or records not linked to a profile yet";
}
