namespace Lodestar.Portal.Client.Features.Privacy;

/// <summary>The workspace's PII rules, applied to every message the tracking API accepts, in order.</summary>
public sealed record PiiRulesDto(IReadOnlyList<PiiRuleDto> Rules);
