namespace Lodestar.Domain.Economics.Attribution;

/// <summary>
/// Names the channel of a touch: the first campaign rule that matches its UTM source and medium (campaign tags win
/// over the referrer, because a tagged ad click also has the search engine as referrer); else the first referrer
/// rule matching the referrer's domain, else <see cref="Referral"/>. The workspace's own domains are not touches.
/// </summary>
public sealed class ChannelMapping(IReadOnlyList<ChannelRule> rules, IReadOnlyList<string> ownDomains)
{
    public const string Direct = "Direct";
    public const string Referral = "Referral";
    public const string OtherCampaign = "Other Campaign";

    public IReadOnlyList<ChannelRule> Rules { get; } = rules;

    public IReadOnlyList<string> OwnDomains { get; } = ownDomains;

    /// <returns>The channel, or null when the touch carries neither a campaign nor an outside referrer.</returns>
    public string? ChannelOf(Touch touch)
    {
        var source = Clean(touch.Source);
        var medium = Clean(touch.Medium);
        if (source is not null || medium is not null)
        {
            foreach (var rule in Rules.Where(r => r.IsCampaignRule))
                if (Matches(rule.Sources, source) && Matches(rule.Mediums, medium))
                    return rule.Channel;
            return OtherCampaign;
        }

        if (DomainOf(touch.Referrer) is not { } domain || OwnDomains.Any(d => DomainMatches(d, domain)))
            return null;
        foreach (var rule in Rules.Where(r => !r.IsCampaignRule))
            if (rule.ReferrerDomains!.Any(d => DomainMatches(d, domain)))
                return rule.Channel;
        return Referral;
    }

    private static bool Matches(IReadOnlyList<string>? allowed, string? value) =>
        allowed is not { Count: > 0 } || (value is not null && allowed.Any(a => string.Equals(a.Trim(), value, StringComparison.OrdinalIgnoreCase)));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The host of a referrer URL (or bare host), lower case, without <c>www.</c>.</summary>
    public static string? DomainOf(string? referrer)
    {
        if (Clean(referrer) is not { } text)
            return null;
        var host = Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? uri.Host
            : text.Split('/', '?', '#')[0].Split(':')[0];
        host = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
            host = host[4..];
        return host.Length == 0 ? null : host;
    }

    private static bool DomainMatches(string pattern, string domain)
    {
        var p = pattern.Trim().ToLowerInvariant();
        if (p.EndsWith('.'))
            return domain.StartsWith(p, StringComparison.Ordinal) || domain.Contains("." + p, StringComparison.Ordinal);
        return domain == p || domain.EndsWith("." + p, StringComparison.Ordinal);
    }
}
