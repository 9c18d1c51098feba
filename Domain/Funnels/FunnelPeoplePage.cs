namespace Lodestar.Domain.Funnels;

public sealed record FunnelPeoplePage(int Total, IReadOnlyList<FunnelPerson> People);
