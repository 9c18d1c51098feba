namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>A page of the people behind a step, ordered by when they reached it (or the previous step, for drop-offs).</summary>
public sealed record FunnelPeopleDto(int Total, IReadOnlyList<FunnelPersonDto> People);
