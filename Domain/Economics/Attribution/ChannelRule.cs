namespace Lodestar.Domain.Economics.Attribution;

/// <summary>
/// One line of the channel mapping. A campaign rule names sources and/or mediums (any of each, case-insensitive; none
/// named = any); a referrer rule names domains (<c>google.</c> with a trailing dot matches every Google country domain,
/// <c>t.co</c> that domain and its subdomains).
/// </summary>
public sealed record ChannelRule(string Channel, IReadOnlyList<string>? Sources = null, IReadOnlyList<string>? Mediums = null,
    IReadOnlyList<string>? ReferrerDomains = null)
{
    public bool IsCampaignRule => ReferrerDomains is not { Count: > 0 };
}
