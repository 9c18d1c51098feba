namespace Lodestar.Domain.Identity.Matching;

/// <summary>How many pairs one blocking rule produced, before the rules' pairs were merged.</summary>
public sealed record BlockingRuleCount(string Rule, long Pairs);
