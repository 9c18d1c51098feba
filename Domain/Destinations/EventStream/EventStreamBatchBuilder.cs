using System.Text.Json;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>Applies a destination's filters and each message's <c>integrations</c> to the rows of one read.</summary>
public static class EventStreamBatchBuilder
{
    /// <returns>Null when there are no rows.</returns>
    public static EventStreamBatch? Build(IReadOnlyList<EventStreamRow> rows, EventFilter filter, string destinationName)
    {
        if (rows.Count == 0)
            return null;
        var messages = new List<string>(rows.Count);
        foreach (var row in rows)
        {
            if (EventFilterEvaluator.Includes(filter, row.Type, row.Name) && Allows(row.Raw, destinationName))
                messages.Add(row.Raw);
        }

        return new EventStreamBatch(rows[0].Id, rows[^1].Id, rows.Count, messages);
    }

    // Ingestion stores only messages it parsed, so this never fails in practice; if a stored message were damaged, the
    // stream skips it (counted) rather than stopping at it forever.
    private static bool Allows(string raw, string destinationName)
    {
        try
        {
            return IntegrationsEvaluator.Allows(raw, destinationName);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
