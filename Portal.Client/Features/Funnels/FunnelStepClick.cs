namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>A bar or a table row button the person clicked: whose people to list (1-based step; a breakdown value or everyone).</summary>
public sealed record FunnelStepClick(int Step, FunnelOutcome Outcome, string? Group = null);
