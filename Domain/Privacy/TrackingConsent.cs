using Lodestar.Domain.Events;
using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Privacy;

/// <summary>
/// The consent changes a write batch may add: for each stored message with consent preferences, one row per category
/// for its userId and its anonymousId. Repeats are collapsed in memory (a site sends the same preferences on every
/// message), so per identifier and category only the transitions remain, in time order; the writer then drops a key's
/// first row when it equals the state already stored.
/// </summary>
public static class TrackingConsent
{
    private const int MaxIdentifierLength = 256;

    /// <param name="inserted">Per event, whether it was stored (duplicates add no consent).</param>
    public static List<ConsentCandidate> Candidates(IReadOnlyList<TrackedEvent> events, IReadOnlyList<bool> inserted)
    {
        var result = new List<ConsentCandidate>();
        Dictionary<(string Type, string Value, string Category), List<ConsentChange>>? byKey = null;
        for (var i = 0; i < events.Count; i++)
        {
            if (!inserted[i] || events[i].Consent is not { Length: > 0 } preferences)
                continue;
            byKey ??= [];
            Add(byKey, events[i], IdentifierTypes.UserId, events[i].UserId, preferences);
            Add(byKey, events[i], IdentifierTypes.AnonymousId, events[i].AnonymousId, preferences);
        }

        foreach (var rows in byKey?.Values ?? Enumerable.Empty<List<ConsentChange>>())
        {
            bool? last = null;
            foreach (var row in rows.OrderBy(r => r.OccurredAt))
            {
                if (row.Granted == last)
                    continue;
                result.Add(new ConsentCandidate(row, First: last is null));
                last = row.Granted;
            }
        }

        return result;
    }

    private static void Add(Dictionary<(string, string, string), List<ConsentChange>> byKey, TrackedEvent e, string type,
        string? raw, ConsentPreference[] preferences)
    {
        // The identity rules trim user and anonymous ids by default: the same value the graph stores.
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > MaxIdentifierLength)
            return;
        foreach (var preference in preferences)
        {
            var key = (type, value, preference.Category);
            if (!byKey.TryGetValue(key, out var rows))
                byKey[key] = rows = [];
            rows.Add(new ConsentChange
            {
                IdentifierType = type, IdentifierValue = value, Category = preference.Category, Granted = preference.Granted,
                OccurredAt = e.Timestamp, Source = ConsentSource.Tracking, Reference = e.MessageId,
            });
        }
    }
}
