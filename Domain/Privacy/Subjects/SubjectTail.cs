using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Privacy.Subjects;

/// <summary>
/// The events identity resolution has not read yet (after its watermark) with the identifiers it will read from them.
/// Usually a minute's worth; an erasure catches up identity resolution first, so it is nearly empty then.
/// </summary>
internal sealed class SubjectTail
{
    private const int ReadSize = 20_000;

    private readonly List<(long EventId, List<IdentifierKey> Keys)> _events = [];

    public static async Task<SubjectTail> ReadAsync(IdentityEventReader reader, long watermark, IdentifierExtractor extractor, CancellationToken cancellationToken)
    {
        var tail = new SubjectTail();
        var after = watermark;
        while (true)
        {
            var batch = await reader.ReadAsync(after, ReadSize, extractor.Rules.NeedsRawMessages, cancellationToken);
            foreach (var e in batch)
                tail._events.Add((e.EventId, [.. extractor.LookupKeys([e])]));
            if (batch.Count < ReadSize)
                return tail;
            after = batch[^1].EventId;
        }
    }

    /// <summary>The events carrying any of the identifiers, and every identifier those events carry.</summary>
    public (List<long> Events, HashSet<IdentifierKey> Carried) Carrying(IReadOnlySet<IdentifierKey> identifiers)
    {
        var events = new List<long>();
        var carried = new HashSet<IdentifierKey>();
        foreach (var (id, keys) in _events)
        {
            if (!keys.Any(identifiers.Contains))
                continue;
            events.Add(id);
            carried.UnionWith(keys);
        }

        return (events, carried);
    }
}
