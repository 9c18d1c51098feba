namespace Lodestar.Domain.Funnels;

public sealed record FunnelPerson(long ProfileId, string DisplayName, DateTime EnteredAt, DateTime? ReachedAt);
