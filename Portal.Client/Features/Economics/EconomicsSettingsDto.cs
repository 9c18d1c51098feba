namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// The workspace currency, the rate table (units of the workspace currency per unit of each other currency), the
/// attribution model (first-touch or last-touch), the channel-mapping rules in order and the workspace's own domains.
/// </summary>
public sealed record EconomicsSettingsDto(string? Currency, string? Attribution, IReadOnlyDictionary<string, decimal>? Rates,
    IReadOnlyList<ChannelRuleDto>? ChannelRules, IReadOnlyList<string>? OwnDomains);
