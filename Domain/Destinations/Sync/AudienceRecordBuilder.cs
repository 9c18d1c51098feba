using System.Text.Json;
using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations.Sending;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Destinations.Sync;

/// <summary>
/// What is sent of each member: all its identifiers by type and the mapped traits. A removal reuses what the last
/// successful add sent, so the destination can find the member even after the profile changed or merged away.
/// </summary>
internal static class AudienceRecordBuilder
{
    private const int MaxValuesPerIdentifierType = 10;

    public static async Task<Dictionary<long, AudiencePayload>> BuildAsync(
        PortalDbContext db, long connectionId, IReadOnlyCollection<long> adds, IReadOnlyCollection<long> removes,
        IReadOnlyList<FieldMapping> mapping, CancellationToken cancellationToken)
    {
        var payloads = new Dictionary<long, AudiencePayload>();
        if (removes.Count > 0)
        {
            var lastAdds = await db.DestinationLedger.AsNoTracking()
                .Where(e => e.ConnectionId == connectionId && removes.Contains(e.ProfileId) && e.Action == LedgerAction.Add
                            && e.Status == LedgerStatus.Sent && e.Payload != null)
                .GroupBy(e => e.ProfileId).Select(g => g.OrderByDescending(e => e.Id).First().Payload!)
                .ToListAsync(cancellationToken);
            foreach (var payload in lastAdds.Select(AudiencePayload.Parse))
                payloads[payload.ProfileId] = payload;
        }

        var fresh = adds.Concat(removes.Where(p => !payloads.ContainsKey(p))).ToList();
        if (fresh.Count == 0)
            return payloads;
        // A dense set of ids (a chunk of a sorted audience) reads as an index range scan; a sparse one by its members.
        var (min, max) = (fresh.Min(), fresh.Max());
        var dense = max - min < 4L * fresh.Count;
        var wanted = fresh.ToHashSet();
        var identifierRows = dense
            ? db.ProfileIdentifiers.Where(i => i.ProfileId >= min && i.ProfileId <= max)
            : db.ProfileIdentifiers.Where(i => fresh.Contains(i.ProfileId));
        var identifiers = (await identifierRows.AsNoTracking().Select(i => new { i.ProfileId, i.Type, i.Value, i.FirstSeenAt }).ToListAsync(cancellationToken))
            .Where(i => wanted.Contains(i.ProfileId)).OrderBy(i => i.FirstSeenAt).ToList();
        var traitKeys = mapping.Select(m => m.Trait).Distinct().ToList();
        var traitRows = dense
            ? db.ProfileTraits.Where(t => t.ProfileId >= min && t.ProfileId <= max && traitKeys.Contains(t.Key))
            : db.ProfileTraits.Where(t => fresh.Contains(t.ProfileId) && traitKeys.Contains(t.Key));
        var traits = traitKeys.Count == 0
            ? []
            : (await traitRows.AsNoTracking().Select(t => new { t.ProfileId, t.Key, t.Value }).ToListAsync(cancellationToken))
                .Where(t => wanted.Contains(t.ProfileId)).ToList();
        var idsByProfile = identifiers.ToLookup(i => i.ProfileId);
        var traitsByProfile = traits.ToLookup(t => t.ProfileId);
        foreach (var profileId in fresh)
        {
            var ids = idsByProfile[profileId].GroupBy(i => i.Type)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(i => i.Value).Take(MaxValuesPerIdentifierType).ToList());
            var values = traitsByProfile[profileId].ToDictionary(t => t.Key, t => t.Value);
            var fields = mapping.ToDictionary(m => m.Field, m => values.TryGetValue(m.Trait, out var json) ? Scalar(json) : null);
            payloads[profileId] = new AudiencePayload(profileId, ids, fields);
        }

        return payloads;
    }

    /// <summary>A trait's JSON as the text a destination field takes: strings unquoted, other values as JSON.</summary>
    private static string? Scalar(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.String => document.RootElement.GetString(),
                JsonValueKind.Null => null,
                _ => document.RootElement.GetRawText(),
            };
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
