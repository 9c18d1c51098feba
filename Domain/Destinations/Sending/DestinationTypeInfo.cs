namespace Lodestar.Domain.Destinations.Sending;

/// <summary>What a destination type is and which settings it takes.</summary>
/// <param name="Audiences">Segments can be connected to it.</param>
/// <param name="Events">It receives incoming tracking messages.</param>
/// <param name="SupportsDeletion">It accepts a request to delete a person (privacy erasure).</param>
public sealed record DestinationTypeInfo(
    DestinationType Type,
    string Title,
    string Description,
    bool Audiences,
    bool Events,
    bool SupportsDeletion,
    IReadOnlyList<DestinationSettingField> Fields);
