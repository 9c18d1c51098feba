namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>A channel-mapping rule: UTM sources and/or mediums, or referrer domains (google. = every Google domain).</summary>
public sealed record ChannelRuleDto(string Channel, IReadOnlyList<string>? Sources, IReadOnlyList<string>? Mediums, IReadOnlyList<string>? ReferrerDomains);
