namespace Lodestar.Domain.Destinations;

public sealed record DestinationSummary(Destination Destination, int Connections, DestinationRun? LastRun);
