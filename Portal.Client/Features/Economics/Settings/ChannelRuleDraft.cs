namespace Lodestar.Portal.Client.Features.Economics.Settings;

/// <summary>A channel rule as edited: each list as comma-separated text.</summary>
public sealed class ChannelRuleDraft
{
    public string? Channel { get; set; }

    public string? Sources { get; set; }

    public string? Mediums { get; set; }

    public string? ReferrerDomains { get; set; }

    public static ChannelRuleDraft From(ChannelRuleDto rule) => new()
    {
        Channel = rule.Channel,
        Sources = Join(rule.Sources),
        Mediums = Join(rule.Mediums),
        ReferrerDomains = Join(rule.ReferrerDomains),
    };

    public ChannelRuleDto ToDto() => new(Channel?.Trim() ?? "", Split(Sources), Split(Mediums), Split(ReferrerDomains));

    public static string? Join(IReadOnlyList<string>? values) => values is { Count: > 0 } ? string.Join(", ", values) : null;

    /// <summary>Null for an empty list: a missing list matches anything.</summary>
    public static List<string>? Split(string? text) =>
        text?.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } values ? [.. values] : null;
}
