using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Access;

/// <summary>
/// <c>consent</c>: the current decision per category (the latest over all the person's identifiers, as a profile's consent
/// is read) and every decision recorded, newest first, with where it came from.
/// </summary>
internal static class ConsentSection
{
    private const int Chunk = 500;

    public static async Task WriteAsync(PortalDbContext db, SubjectExport export, IReadOnlyList<string> configured, SubjectJsonWriter w,
        SubjectExportSummary summary, CancellationToken cancellationToken)
    {
        var history = new List<ConsentChange>();
        // By type, then value: the index on (IdentifierType, IdentifierValue, …) answers each chunk.
        foreach (var type in export.Footprint.Identifiers.GroupBy(i => i.Type))
        {
            foreach (var chunk in type.Select(i => i.Value).Chunk(Chunk))
                history.AddRange(await db.ConsentChanges.AsNoTracking()
                    .Where(c => c.IdentifierType == type.Key && chunk.Contains(c.IdentifierValue)).ToListAsync(cancellationToken));
        }

        history = history.OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id).ToList();
        var json = w.Json;
        json.WriteStartObject("consent");
        json.WriteStartArray("current");
        foreach (var state in ConsentService.CurrentOf(history, configured))
        {
            json.WriteStartObject();
            json.WriteString("category", state.Category);
            w.String("decision", state.Granted switch { true => "granted", false => "withdrawn", null => "none recorded" });
            w.Time("since", state.Since);
            w.Enum("source", state.Source);
            w.String("reference", state.Reference);
            if (!state.Configured)
                json.WriteString("note", "received from tracking; not one of the workspace's configured categories");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("history");
        foreach (var c in history)
        {
            json.WriteStartObject();
            json.WriteString("category", c.Category);
            json.WriteString("decision", c.Granted ? "granted" : "withdrawn");
            w.Time("at", c.OccurredAt);
            w.Enum("source", c.Source);
            w.String("reference", c.Reference);
            json.WriteString("recordedFor", $"{c.IdentifierType} {c.IdentifierValue}");
            json.WriteEndObject();
            summary.ConsentDecisions++;
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await w.FlushIfFullAsync(cancellationToken);
    }
}
