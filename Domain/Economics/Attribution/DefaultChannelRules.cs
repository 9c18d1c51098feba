namespace Lodestar.Domain.Economics.Attribution;

/// <summary>
/// The channel mapping a workspace starts with, close to Google Analytics' default channel grouping so the names mean
/// what marketers expect.
/// </summary>
public static class DefaultChannelRules
{
    private static readonly string[] PaidMediums = ["cpc", "ppc", "paid", "paidsearch", "paid_search", "sem"];
    private static readonly string[] SearchEngines = ["google", "bing", "yahoo", "duckduckgo", "baidu", "yandex", "ecosia"];
    private static readonly string[] SocialSites = ["facebook", "instagram", "linkedin", "twitter", "x", "tiktok", "pinterest", "reddit", "youtube", "snapchat", "meta"];

    public static IReadOnlyList<ChannelRule> All { get; } =
    [
        new("Paid Search", SearchEngines, PaidMediums),
        new("Paid Social", Mediums: ["paid_social", "paidsocial", "social_paid", "social-paid"]),
        new("Paid Social", SocialSites, PaidMediums),
        new("Display", Mediums: ["display", "cpm", "banner", "programmatic"]),
        new("Email", Mediums: ["email", "e-mail", "newsletter"]),
        new("Affiliate", Mediums: ["affiliate", "affiliates"]),
        new("Organic Social", Mediums: ["social", "social-network", "social-media", "sm", "organic_social"]),
        new("Organic Social", SocialSites),
        new("Organic Search", Mediums: ["organic"]),
        new("Referral", Mediums: ["referral"]),
        new("Organic Search", ReferrerDomains: ["google.", "bing.com", "search.yahoo.com", "duckduckgo.com", "baidu.com", "yandex.", "ecosia.org"]),
        new("Organic Social", ReferrerDomains: ["facebook.com", "instagram.com", "linkedin.com", "lnkd.in", "t.co", "twitter.com", "x.com", "reddit.com", "youtube.com", "tiktok.com", "pinterest."]),
    ];
}
