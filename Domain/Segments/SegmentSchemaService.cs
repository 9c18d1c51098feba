using System.Text.Json;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Data;
using Lodestar.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Segments;

/// <summary>Reads from the data what the segment builder offers (names that actually occur, with their types).</summary>
public sealed class SegmentSchemaService(IDbContextFactory<PortalDbContext> contexts, CrmOwnerService owners, ConsentCategoryService consent)
{
    private const int SampleValues = 200;
    private const int MaxEventNames = 500;

    public async Task<SegmentSchema> SchemaAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var keys = await db.ProfileTraits.AsNoTracking().Select(t => t.Key).Distinct().OrderBy(k => k).ToListAsync(cancellationToken);
        var traits = new List<(string, string)>();
        foreach (var key in keys)
        {
            var values = await db.ProfileTraits.AsNoTracking().Where(t => t.Key == key).Select(t => t.Value).Take(SampleValues).ToListAsync(cancellationToken);
            traits.Add((key, JsonFieldTypes.Commonest(values.Select(TypeOf))));
        }

        var stages = await (from s in db.PipelineStages.AsNoTracking()
                            join p in db.Pipelines on s.PipelineId equals p.Id
                            orderby p.Name, s.Position
                            select new { s.Id, Name = p.Name + " · " + s.Name }).ToListAsync(cancellationToken);
        var segments = await db.Segments.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        return new SegmentSchema(traits, await EventNamesAsync(db, cancellationToken), stages.Select(s => (s.Id, s.Name)).ToList(),
            await owners.ListAsync(cancellationToken), segments.Select(s => (s.Id, s.Name)).ToList(), await consent.GetAsync(cancellationToken));
    }

    /// <summary>The scalar paths under properties and context on the newest events of a name, with their types.</summary>
    public async Task<IReadOnlyList<(string Path, string Type)>> EventPropertiesAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var samples = await db.SegmentEvents.AsNoTracking().Where(e => e.Name == name).OrderByDescending(e => e.Timestamp)
            .Select(e => e.Props).Take(SampleValues).ToListAsync(cancellationToken);
        return samples.SelectMany(json =>
            {
                using var document = JsonDocument.Parse(json);
                return JsonFieldTypes.Leaves(document.RootElement).ToList();
            })
            .GroupBy(l => l.Path).Select(g => (g.Key, JsonFieldTypes.Commonest(g.Select(l => l.Type))))
            .OrderBy(p => p.Key.StartsWith("properties.", StringComparison.Ordinal) ? 0 : 1).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The distinct event names, by seeking from one name to the next in SegmentEvents' key (a few index probes per
    /// name, where DISTINCT would read every row).
    /// </summary>
    private static async Task<IReadOnlyList<string>> EventNamesAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        string? last = null;
        while (names.Count < MaxEventNames)
        {
            var after = last;
            var next = await db.SegmentEvents.AsNoTracking().Where(e => after == null || string.Compare(e.Name, after) > 0)
                .OrderBy(e => e.Name).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken);
            if (next is null)
                break;
            names.Add(next);
            last = next;
        }

        return names;
    }

    private static string TypeOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonFieldTypes.Of(document.RootElement);
    }
}
