namespace Lodestar.Domain.Destinations;

/// <summary>A destination, the keys of its secrets that are set (never the values) and its connections.</summary>
public sealed record DestinationDetails(
    Destination Destination,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<string> SecretsSet,
    IReadOnlyList<ConnectionDetails> Connections);
