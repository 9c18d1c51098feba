namespace Lodestar.Portal.Client.Features.Destinations;

public sealed record DestinationRunsDto(IReadOnlyList<DestinationRunDto> Runs, int Total);
