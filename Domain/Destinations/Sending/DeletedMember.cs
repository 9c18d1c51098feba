namespace Lodestar.Domain.Destinations.Sending;

/// <summary>A profile a destination holds (or held) and must delete, with its identifiers by type as they were sent.</summary>
public sealed record DeletedMember(long ProfileId, IReadOnlyDictionary<string, IReadOnlyList<string>> Identifiers)
{
    public IEnumerable<string> All(string identifierType) => Identifiers.TryGetValue(identifierType, out var values) ? values : [];
}
