using System.Text.Json;

namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>
/// What an erasure did, for the person who asked and for an auditor: rows removed per store, each destination's status
/// and answer, the identifiers suppressed (masked), and when it ran.
/// </summary>
public sealed record DeletionReceipt(
    int Profiles,
    int Contacts,
    int Events,
    IReadOnlyList<DeletionStoreLine> Stores,
    IReadOnlyList<DeletionDestinationLine> Destinations,
    IReadOnlyList<SuppressedHint> Suppressed,
    DateTime? StartedAt,
    DateTime? ErasedAt,
    DateTime? CompletedAt)
{
    public static DeletionReceipt Empty { get; } = new(0, 0, 0, [], [], [], null, null, null);

    public long RowsRemoved => Stores.Sum(s => s.Rows);

    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    public static DeletionReceipt Parse(string? json) =>
        json is null ? Empty : JsonSerializer.Deserialize<DeletionReceipt>(json, JsonSerializerOptions.Web) ?? Empty;

    /// <summary>Adds rows to a store's line (a store is counted over several batches and runs).</summary>
    public DeletionReceipt Add(string store, string action, long rows)
    {
        var lines = Stores.ToList();
        var index = lines.FindIndex(l => l.Store == store && l.Action == action);
        if (index < 0)
            lines.Add(new DeletionStoreLine(store, action, rows));
        else
            lines[index] = lines[index] with { Rows = lines[index].Rows + rows };
        return this with { Stores = lines };
    }

    public DeletionReceipt With(DeletionDestinationLine destination) =>
        this with { Destinations = [.. Destinations.Where(d => d.DestinationId != destination.DestinationId), destination] };
}
