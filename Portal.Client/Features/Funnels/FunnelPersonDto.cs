namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>A person in a funnel step: when they entered (step 1) and when they reached the step in question (null for drop-offs).</summary>
public sealed record FunnelPersonDto(long ProfileId, string DisplayName, DateTime EnteredAt, DateTime? ReachedAt);
